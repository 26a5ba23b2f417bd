package org.voxgate.dialpeer.internal.pattern;

import java.util.Objects;

/**
 * A successful match of a {@link DigitPattern} against a number. When several ways of matching exist (e.g.
 * {@code .%2%} against 22) the most specific one is reported, so the result does not depend on the order in
 * which a matcher happens to explore them. For prefix matches this also picks the consumed length: normally the
 * longest prefix, but for contrived patterns such as {@code .%(12)%} on 123 the more explicit "12" wins.
 *
 * @param pattern               the pattern that matched
 * @param number                the whole number that was tested
 * @param matchedLength         characters of {@code number} consumed by the pattern; smaller than the number's
 *                              length only for a prefix (en-bloc, variable-length) match
 * @param specificity           how explicitly the consumed characters were matched
 * @param leadingExplicitDigits consumed characters at the start of the number matched by literals before the
 *                              first non-literal element; this is what POTS peers strip automatically
 */
public record Match(DigitPattern pattern, String number, int matchedLength, PatternSpecificity specificity,
        int leadingExplicitDigits) {

    public Match {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(specificity, "specificity");
        if (matchedLength < 0 || matchedLength > number.length() || specificity.length() != matchedLength) {
            throw new IllegalArgumentException("matchedLength " + matchedLength + " inconsistent with " + number);
        }
        if (leadingExplicitDigits < 0 || leadingExplicitDigits > specificity.literals()) {
            throw new IllegalArgumentException("leadingExplicitDigits out of range: " + leadingExplicitDigits);
        }
    }

    /** Literal (non-wildcard) pattern characters consumed: the "explicit digits" of IOS's longest match. */
    public int explicitDigits() {
        return specificity.literals();
    }

    /** True if the number is longer than what the pattern consumed (allowed only without {@code $} and T). */
    public boolean isPrefixMatch() {
        return matchedLength < number.length();
    }

    /** The part of the number after the matched prefix; empty unless {@link #isPrefixMatch()}. */
    public String remainder() {
        return number.substring(matchedLength);
    }
}
