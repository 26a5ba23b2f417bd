package org.voxgate.dialpeer.internal.pattern;

import java.util.Objects;
import java.util.Optional;

/**
 * Compiled, immutable form of a Cisco IOS dial-peer pattern ({@code destination-pattern},
 * {@code incoming called-number}, {@code answer-address}); semantics.md §1.1.
 *
 * <h2>Syntax</h2>
 * <ul>
 * <li>{@code 0-9 A-F * #}: literals (uppercase only, like the IOS CLI).</li>
 * <li>{@code .}: exactly one dialable character ({@code 0-9 A-F * # +}).</li>
 * <li>{@code [2,5-8]}: one character from a set; {@code -} ranges stay within 0-9 or within A-F, {@code ,}
 * separates; {@code [^1-3]} is every dialable character except those.</li>
 * <li>{@code ( )} groups; {@code ?} = 0 or 1, {@code %} = 0..n, {@code +} = 1..n of the preceding literal,
 * wildcard, set or group.</li>
 * <li>A {@code +} at the very start (after an optional {@code ^}) is the literal E.164 plus.</li>
 * <li>{@code ^} at the start is accepted and implicit anyway.</li>
 * <li>{@code T} (only at the end): 0 to 32 further characters.</li>
 * <li>{@code $} (only at the end): the number must end here.</li>
 * <li>{@code \x}: the character {@code x} literally (e.g. {@code \+} anywhere).</li>
 * <li>{@code ,} outside brackets: a pause for POTS outpulsing; ignored by matching but kept in {@link #text()}.
 * </li>
 * </ul>
 *
 * <h2>Length rules (en-bloc, as SIP delivers numbers)</h2>
 * The number must be consumed entirely, except that a pattern with neither {@code $} nor {@code T} also matches a
 * longer number on its prefix ({@code 2...} matches 20001). A number shorter than the pattern never matches.
 * Numbers longer than {@link #MAX_NUMBER_LENGTH} never match, which bounds the work a hostile request can cause.
 *
 * <p>Matching uses a position automaton ({@link PositionAutomaton}): linear in the number's length, no
 * backtracking. Equality is by pattern text.
 */
public final class DigitPattern {
    /** Longest number considered; far above E.164's 15 digits and IOS's 32-digit {@code T}. */
    public static final int MAX_NUMBER_LENGTH = 256;

    private final String text;
    private final PositionAutomaton automaton;
    private final boolean endAnchored;
    private final boolean variableTail;
    private final boolean quantified;
    private final int minLength;

    private DigitPattern(String text, PatternParser.Parsed parsed) {
        this.text = text;
        this.automaton = PositionAutomaton.build(parsed.body(), parsed.variableTail());
        this.endAnchored = parsed.endAnchored();
        this.variableTail = parsed.variableTail();
        this.quantified = PatternNode.hasQuantifier(parsed.body());
        this.minLength = PatternNode.minLength(parsed.body());
    }

    /**
     * Compiles a pattern.
     *
     * @throws DigitPatternException (an {@link IllegalArgumentException}) naming the reason and the 0-based index
     *                               of the offending character
     */
    public static DigitPattern compile(String text) {
        Objects.requireNonNull(text, "pattern");
        return new DigitPattern(text, PatternParser.parse(text));
    }

    /** The most specific match of this pattern against {@code number}, or empty. */
    public Optional<Match> match(String number) {
        Objects.requireNonNull(number, "number");
        if (number.length() > MAX_NUMBER_LENGTH) {
            return Optional.empty();
        }
        PositionAutomaton.Result r = automaton.bestMatch(number, allowsPrefixMatch());
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(this, number, r.length(), PositionKind.unpack(r.packedSpecificity()),
                r.leadingLiterals()));
    }

    /** Shorthand for {@code match(number).isPresent()}. */
    public boolean matches(String number) {
        return match(number).isPresent();
    }

    /**
     * True if {@code digits} is the beginning of some number this pattern consumes entirely — i.e. collecting
     * more digits could still produce a match. Meant for POTS digit-by-digit collection, where {@code 555}
     * matches after three digits but {@code 555T} keeps collecting.
     */
    public boolean isPrefixOfMatch(String digits) {
        Objects.requireNonNull(digits, "digits");
        return digits.length() <= MAX_NUMBER_LENGTH && automaton.isViablePrefix(digits);
    }

    /** True if numbers of more than one length can match: prefix matching, {@code T} or a quantifier. */
    public boolean isVariableLength() {
        return allowsPrefixMatch() || variableTail || quantified;
    }

    /** True if a longer number matches on its prefix: the pattern has neither {@code $} nor {@code T}. */
    public boolean allowsPrefixMatch() {
        return !endAnchored && !variableTail;
    }

    /** True if the pattern ends with {@code $}. */
    public boolean isEndAnchored() {
        return endAnchored;
    }

    /** True if the pattern ends with {@code T} (or {@code T$}). */
    public boolean hasVariableTail() {
        return variableTail;
    }

    /** Fewest characters a matching number can have ({@code T} and optional parts count as zero). */
    public int minLength() {
        return minLength;
    }

    /** The pattern exactly as configured, pauses included (for {@code show} output and POTS outpulsing). */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigitPattern other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
