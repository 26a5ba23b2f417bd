package org.voxgate.dialpeer.internal.pattern;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.dialpeer.internal.pattern.PatternNode.Atom;
import org.voxgate.dialpeer.internal.pattern.PatternNode.Pause;
import org.voxgate.dialpeer.internal.pattern.PatternNode.Repeat;
import org.voxgate.dialpeer.internal.pattern.PatternNode.Sequence;

/**
 * Recursive-descent parser for the IOS pattern syntax (semantics.md §1.1). IOS's own CLI check is the regular
 * expression {@code ^[][^0-9,A-F#*.?+%()-]*T?(\$)?$}; this parser accepts that alphabet plus {@code \} escapes
 * and rejects the structurally broken strings the CLI regex lets through ({@code [3}, {@code ?1}, {@code ()}),
 * because a pattern we cannot interpret must fail at config import, not at call time.
 */
final class PatternParser {

    /** Result of parsing: the body plus the end-of-pattern flags. */
    record Parsed(Sequence body, boolean variableTail, boolean endAnchored) {
    }

    /** Characters a {@code \} may escape: the alphabet and every metacharacter. */
    private static final String ESCAPABLE = CharClass.DIALABLE + ".?%()[]^$,-T\\";
    private static final String LITERALS = "0123456789ABCDEF*#";
    /** Characters that may stand alone inside brackets (a {@code +} in a set is the E.164 plus). */
    private static final String SET_MEMBERS = CharClass.DIALABLE;

    private final String text;
    private int pos;

    private PatternParser(String text) {
        this.text = text;
    }

    static Parsed parse(String text) {
        return new PatternParser(text).parsePattern();
    }

    private Parsed parsePattern() {
        if (text.isEmpty()) {
            throw fail(0, "pattern is empty");
        }
        List<PatternNode> items = new ArrayList<>();
        if (peek() == '^') {
            pos++; // IOS anchors at the start anyway; accepted for compatibility
        }
        if (peek() == '+') {
            // A leading '+' is the E.164 plus (+19191112222), not a quantifier: there is nothing to repeat.
            items.add(new Atom(CharClass.of('+'), PositionKind.LITERAL));
            pos++;
        }
        parseSequence(items, -1);
        boolean variableTail = false;
        boolean endAnchored = false;
        if (peek() == 'T') {
            int tAt = pos++;
            if (pos < text.length() && peek() != '$') {
                throw fail(tAt, "'T' must be the last character (optionally followed by '$')");
            }
            variableTail = true;
        }
        if (peek() == '$') {
            int dollarAt = pos++;
            if (pos < text.length()) {
                throw fail(dollarAt, "'$' must be the last character");
            }
            endAnchored = true;
        }
        Sequence body = new Sequence(items);
        if (!variableTail && !PatternNode.consumes(body)) {
            throw fail(0, "pattern has no digits, wildcards or 'T' to match");
        }
        return new Parsed(body, variableTail, endAnchored);
    }

    /**
     * Parses elements into {@code items} until the end of the text, a top-level {@code T} or {@code $}, or (when
     * {@code groupOpenedAt >= 0}) the {@code )} that closes the group, which is consumed.
     */
    private void parseSequence(List<PatternNode> items, int groupOpenedAt) {
        boolean inGroup = groupOpenedAt >= 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (LITERALS.indexOf(c) >= 0) {
                items.add(new Atom(CharClass.of(c), PositionKind.LITERAL));
                pos++;
            } else if (c == '.') {
                items.add(new Atom(CharClass.DIALABLE_CHARS, PositionKind.WILDCARD));
                pos++;
            } else if (c == '[') {
                items.add(parseSet());
            } else if (c == '(') {
                items.add(parseGroup());
            } else if (c == ')') {
                if (!inGroup) {
                    throw fail(pos, "unmatched ')'");
                }
                pos++;
                return;
            } else if (c == '?' || c == '%' || c == '+') {
                applyQuantifier(items, c);
                pos++;
            } else if (c == ',') {
                items.add(new Pause());
                pos++;
            } else if (c == '\\') {
                items.add(parseEscape());
            } else if (c == 'T' || c == '$') {
                if (inGroup) {
                    throw fail(pos, "'" + c + "' is only valid at the end of the pattern, not inside '( )'");
                }
                return;
            } else {
                throw fail(pos, describeBadChar(c, "in a pattern"));
            }
        }
        if (inGroup) {
            throw fail(groupOpenedAt, "unclosed '('");
        }
    }

    private PatternNode parseGroup() {
        int openedAt = pos++;
        List<PatternNode> inner = new ArrayList<>();
        parseSequence(inner, openedAt);
        Sequence group = new Sequence(inner);
        if (!PatternNode.consumes(group)) {
            throw fail(openedAt, "empty group '()'");
        }
        return group;
    }

    private void applyQuantifier(List<PatternNode> items, char q) {
        PatternNode previous = items.isEmpty() ? null : items.get(items.size() - 1);
        if (previous == null) {
            String hint = q == '+' ? "; a literal '+' is only recognised at the start of the pattern, use '\\+'" : "";
            throw fail(pos, "quantifier '" + q + "' has nothing to repeat" + hint);
        }
        if (previous instanceof Pause) {
            throw fail(pos, "quantifier '" + q + "' cannot apply to a pause ','");
        }
        if (previous instanceof Repeat) {
            throw fail(pos, "quantifier '" + q + "' follows another quantifier; use '( )' to nest");
        }
        items.set(items.size() - 1, new Repeat(previous, q != '+', q != '?'));
    }

    private PatternNode parseEscape() {
        int at = pos;
        if (at + 1 >= text.length()) {
            throw fail(at, "'\\' at the end of the pattern has nothing to escape");
        }
        char escaped = text.charAt(at + 1);
        if (ESCAPABLE.indexOf(escaped) < 0) {
            throw fail(at + 1, describeBadChar(escaped, "after '\\'"));
        }
        pos += 2;
        return new Atom(CharClass.of(escaped), PositionKind.LITERAL);
    }

    /** {@code [2,5-8]}, {@code [^1-3]}: one position from a set; ranges stay within 0-9 or within A-F. */
    private PatternNode parseSet() {
        int openedAt = pos++;
        boolean negated = false;
        if (pos < text.length() && text.charAt(pos) == '^') {
            negated = true;
            pos++;
        }
        CharClass members = CharClass.EMPTY;
        while (true) {
            if (pos >= text.length()) {
                throw fail(openedAt, "unclosed '['");
            }
            char c = text.charAt(pos);
            if (c == ']') {
                pos++;
                break;
            }
            if (c == ',') {
                pos++;
            } else if (SET_MEMBERS.indexOf(c) >= 0) {
                members = members.union(parseSetMember(openedAt));
            } else if (c == '-') {
                throw fail(pos, "range in '[ ]' has no start");
            } else if (c == '^') {
                throw fail(pos, "'^' negates a set only directly after '['");
            } else {
                throw fail(pos, describeBadChar(c, "inside '[ ]'"));
            }
        }
        if (members.isEmpty()) {
            throw fail(openedAt, "empty set '[]'");
        }
        if (negated) {
            members = members.complementInDialable();
            if (members.isEmpty()) {
                throw fail(openedAt, "negated set excludes every dialable character");
            }
        }
        return new Atom(members, PositionKind.SET);
    }

    /** One member or range {@code lo-hi}, starting at {@code pos}. */
    private CharClass parseSetMember(int openedAt) {
        char lo = text.charAt(pos++);
        if (pos >= text.length() || text.charAt(pos) != '-') {
            return CharClass.of(lo);
        }
        int dashAt = pos++;
        if (pos >= text.length()) {
            throw fail(openedAt, "unclosed '['");
        }
        char hi = text.charAt(pos);
        if (hi == ']' || hi == ',') {
            throw fail(dashAt, "range '" + lo + "-' has no end");
        }
        if (SET_MEMBERS.indexOf(hi) < 0) {
            throw fail(pos, describeBadChar(hi, "inside '[ ]'"));
        }
        boolean digits = isDigit(lo) && isDigit(hi);
        boolean letters = isHexLetter(lo) && isHexLetter(hi);
        if (!digits && !letters) {
            throw fail(dashAt, "bad range '" + lo + "-" + hi + "': both ends must be digits 0-9 or both letters A-F");
        }
        if (lo > hi) {
            throw fail(dashAt, "bad range '" + lo + "-" + hi + "': start is after end");
        }
        pos++;
        CharClass range = CharClass.EMPTY;
        for (char c = lo; c <= hi; c++) {
            range = range.with(c);
        }
        return range;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexLetter(char c) {
        return c >= 'A' && c <= 'F';
    }

    private static String describeBadChar(char c, String where) {
        if ((c >= 'a' && c <= 'f') || c == 't') {
            return "lowercase '" + c + "' is not allowed " + where + "; IOS accepts only uppercase '"
                    + Character.toUpperCase(c) + "'";
        }
        if (c == '^') {
            return "'^' is only valid at the start of the pattern or directly after '['";
        }
        if (c == '-') {
            return "'-' is only valid inside '[ ]' as a range";
        }
        if (c == ']') {
            return "unmatched ']'";
        }
        String shown = c >= 0x21 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
        return "character " + shown + " is not allowed " + where
                + " (allowed: 0-9 A-F * # . [ ] ^ - , ( ) ? % + \\ and a final T and/or $)";
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private DigitPatternException fail(int index, String reason) {
        return new DigitPatternException(text, index, reason);
    }
}
