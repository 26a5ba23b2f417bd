package org.voxgate.dialpeer.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching, one nested group per syntax element of semantics.md §1.1. */
class DigitPatternTest {

    static DigitPattern p(String text) {
        return DigitPattern.compile(text);
    }

    static Match match(String pattern, String number) {
        return p(pattern).match(number).orElseThrow(() -> new AssertionError(pattern + " should match " + number));
    }

    /** "matches" column: true/false; numbers use '_' for the empty string (CSV cannot express it). */
    static void check(String pattern, String number, boolean matches) {
        String n = "_".equals(number) ? "" : number;
        assertThat(p(pattern).matches(n)).as("%s vs '%s'", pattern, n).isEqualTo(matches);
    }

    @Nested
    class Literals {
        @ParameterizedTest
        @CsvSource({ "4404, 4404, true", "4404, 4405, false", "4404, 440, false", "4404, 14404, false",
                "*67#, *67#, true", "*67#, *67*, false", "A1, A1, true", "A1, B1, false", "F, F, true",
                "'#', '#', true", "0, 0, true", "0, 1, false" })
        void literalMustMatchExactly(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void numbersAreCaseSensitive() {
            assertThat(p("A1").matches("a1")).isFalse();
        }

        @Test
        void everyLiteralCountsAsExplicit() {
            Match m = match("4404", "4404");
            assertThat(m.explicitDigits()).isEqualTo(4);
            assertThat(m.specificity()).isEqualTo(new PatternSpecificity(4, 0, 0, 0));
            assertThat(m.leadingExplicitDigits()).isEqualTo(4);
            assertThat(m.isPrefixMatch()).isFalse();
        }
    }

    @Nested
    class Dot {
        @ParameterizedTest
        @CsvSource({ "4404..., 4404123, true", "4404..., 440412, false", "..., *#+, true", "., A, true",
                "., F, true", "., x, false", "., a, false", "., ',', false", "., ' ', false", "., _, false",
                "1.3, 1+3, true" })
        void dotIsExactlyOneDialableCharacter(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void dotsCountAsWildcards() {
            assertThat(match("2...", "2001").specificity()).isEqualTo(new PatternSpecificity(1, 0, 3, 0));
        }
    }

    @Nested
    class VariableTail {
        @ParameterizedTest
        @CsvSource({ ".T, 1, true", ".T, 12345, true", ".T, _, false", "T, _, true", "T, 1234, true",
                "9T, 9, true", "9T, 8, false", "9T$, 912, true", "T$, _, true",
                "9T, 912345678901234567890123456789012, true", "9T, 9123456789012345678901234567890123, false" })
        void tCollectsZeroTo32Digits(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void tDigitsAreTheLeastSpecific() {
            assertThat(match("9T", "9123").specificity()).isEqualTo(new PatternSpecificity(1, 0, 0, 3));
        }

        @Test
        void tDisablesPrefixMatching() {
            DigitPattern t = p("9T");
            assertThat(t.hasVariableTail()).isTrue();
            assertThat(t.allowsPrefixMatch()).isFalse();
            assertThat(t.isVariableLength()).isTrue();
            assertThat(t.minLength()).isEqualTo(1);
            assertThat(p("T").minLength()).isZero();
        }
    }

    @Nested
    class Sets {
        @ParameterizedTest
        @CsvSource({ "[2-9]..., 2000, true", "[2-9]..., 9999, true", "[2-9]..., 1000, false",
                "'[2,5-8]1', 21, true", "'[2,5-8]1', 51, true", "'[2,5-8]1', 81, true", "'[2,5-8]1', 31, false",
                "'[2,5-8]1', 91, false", "[^1-3]22, 422, true", "[^1-3]22, *22, true", "[^1-3]22, 122, false",
                "[^1-3]22, 322, false", "[A-C], B, true", "[A-C], D, false", "[*#], #, true", "[+1]2, +2, true",
                "'[1,,3]', 3, true", "'[1,,3]', 2, false", "[0-9], x, false", "[^0], x, false" })
        void setMatchesOnePositionFromTheSet(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void setsAreLessExplicitThanLiteralsButMoreThanDots() {
            assertThat(match("[2-9]1.", "211").specificity()).isEqualTo(new PatternSpecificity(1, 1, 1, 0));
        }
    }

    @Nested
    class GroupsAndQuantifiers {
        @ParameterizedTest
        @CsvSource({ "(206)?5015111, 5015111, true", "(206)?5015111, 2065015111, true",
                "(206)?5015111, 2062065015111, false", "(206)?5015111$, 20650151119, false",
                "333(123)%$, 333, true", "333(123)%$, 333123, true", "333(123)%$, 333123123, true",
                "333(123)%$, 3331, false", "333(123)%$, 33312312, false",
                "91+$, 91, true", "91+$, 9111, true", "91+$, 9, false", "9(12)+$, 912, true",
                "9(12)+$, 91212, true", "9(12)+$, 9, false", "12?3$, 13, true", "12?3$, 123, true",
                "12?3$, 1223, false", "[1-3]%4$, 4, true", "[1-3]%4$, 1234, true", "[1-3]%4$, 1534, false",
                ".?1$, 1, true", ".?1$, 21, true", ".?1$, 221, false", "(1(23)?)+$, 1, true",
                "(1(23)?)+$, 12311, true", "(1(23)?)+$, 23, false", "((12)%3)+$, 3121233, true" })
        void quantifiersApplyToThePrecedingElement(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void repeatedGroupsCountEveryRepetition() {
            assertThat(match("333(123)%", "333123123").explicitDigits()).isEqualTo(9);
            assertThat(match("(206)?5015111", "5015111").explicitDigits()).isEqualTo(7);
            assertThat(match("(206)?5015111", "2065015111").explicitDigits()).isEqualTo(10);
        }

        @Test
        void theMostSpecificInterpretationIsReported() {
            // '.%2%' can read 22 as two dots, two literals or one of each: report two literals.
            assertThat(match(".%2%$", "22").specificity()).isEqualTo(new PatternSpecificity(2, 0, 0, 0));
        }

        @Test
        void quantifiedPatternsAreVariableLength() {
            assertThat(p("(206)?5015111$").isVariableLength()).isTrue();
            assertThat(p("(206)?5015111$").minLength()).isEqualTo(7);
            assertThat(p("9(12)+$").minLength()).isEqualTo(3);
        }
    }

    @Nested
    class LeadingPlus {
        @ParameterizedTest
        @CsvSource({ "+1919......., +19195551234, true", "+1919......., 19195551234, false",
                "^+1..., +1555, true", "+?1$, 1, true", "+?1$, +1, true", "\\+1$, +1, true",
                "1\\+2$, 1+2, true", "1\\+2$, 12, false", "++1$, ++1, true" })
        void leadingPlusIsALiteral(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void plusCountsAsExplicitDigit() {
            assertThat(match("+1919.......", "+19195551234").explicitDigits()).isEqualTo(5);
        }
    }

    @Nested
    class StartAnchor {
        @ParameterizedTest
        @CsvSource({ "^2..., 2001, true", "^2..., 20011, true", "^2..., 12001, false", "2..., 12001, false" })
        void matchingIsAlwaysAnchoredAtTheStart(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void caretIsEquivalentToNoCaret() {
            assertThat(match("^2...", "2001").specificity()).isEqualTo(match("2...", "2001").specificity());
        }
    }

    @Nested
    class EndAnchorVersusPrefixMatching {
        @ParameterizedTest
        @CsvSource({ "2..., 2001, true", "2..., 20001, true", "2..., 200, false", "2...$, 2001, true",
                "2...$, 20001, false", "2...$, 200, false", "555, 5551234, true", "555$, 5551234, false" })
        void dollarDisablesPrefixMatching(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void prefixMatchReportsTheConsumedPart() {
            Match m = match("2...", "20001");
            assertThat(m.isPrefixMatch()).isTrue();
            assertThat(m.matchedLength()).isEqualTo(4);
            assertThat(m.remainder()).isEqualTo("1");
        }

        @Test
        void prefixMatchConsumesAsMuchAsPossible() {
            Match m = match("21%", "21113");
            assertThat(m.matchedLength()).isEqualTo(4);
            assertThat(m.remainder()).isEqualTo("3");
        }

        @Test
        void mostSpecificPrefixWinsOverLongestPrefix() {
            Match m = match(".%(12)%", "123");
            assertThat(m.matchedLength()).isEqualTo(2);
            assertThat(m.specificity()).isEqualTo(new PatternSpecificity(2, 0, 0, 0));
        }

        @Test
        void nullablePatternMatchesAnEmptyPrefix() {
            Match m = match("1%", "2");
            assertThat(m.matchedLength()).isZero();
            assertThat(m.specificity()).isEqualTo(PatternSpecificity.NONE);
        }

        @Test
        void flags() {
            assertThat(p("2...").allowsPrefixMatch()).isTrue();
            assertThat(p("2...").isVariableLength()).isTrue();
            assertThat(p("2...$").allowsPrefixMatch()).isFalse();
            assertThat(p("2...$").isVariableLength()).isFalse();
            assertThat(p("2...$").isEndAnchored()).isTrue();
            assertThat(p("2...$").minLength()).isEqualTo(4);
        }
    }

    @Nested
    class Escape {
        @ParameterizedTest
        @CsvSource({ "1\\.2$, 1.2, true", "1\\.2$, 112, false", "5\\$, 5$, true", "\\\\1, \\1, true",
                "\\(1\\)$, (1), true", "\\T, T, true", "\\5, 5, true" })
        void backslashMakesTheNextCharacterLiteral(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void escapedCharactersAreExplicit() {
            assertThat(match("1\\.2", "1.2").explicitDigits()).isEqualTo(3);
        }
    }

    @Nested
    class Pause {
        @ParameterizedTest
        @CsvSource({ "'9,1...', 91234, true", "'9,1...', '9,1234', false", "'(9,)?1$', 1, true",
                "'(9,)?1$', 91, true", "'9,,,5', 95, true" })
        void commaIsIgnoredByMatching(String pattern, String number, boolean matches) {
            check(pattern, number, matches);
        }

        @Test
        void commaIsKeptForOutpulsing() {
            DigitPattern pattern = p("9,1...");
            assertThat(pattern.text()).isEqualTo("9,1...");
            assertThat(pattern.toString()).isEqualTo("9,1...");
            assertThat(pattern.minLength()).isEqualTo(5);
            assertThat(pattern.match("91234").orElseThrow().leadingExplicitDigits()).isEqualTo(2);
        }
    }

    @Nested
    class DigitByDigit {
        @ParameterizedTest
        @CsvSource({ "555T, 555, true", "555T, 5551, true", "555, 55, true", "555$, 555, true",
                "555$, 5551, false", "555, 556, false", "[2-9]..., _, true", "[2-9]..., 1, false" })
        void prefixOfAPossibleMatch(String pattern, String digits, boolean viable) {
            String d = "_".equals(digits) ? "" : digits;
            assertThat(p(pattern).isPrefixOfMatch(d)).as("%s / %s", pattern, d).isEqualTo(viable);
        }
    }

    @Nested
    class General {
        @Test
        void leadingExplicitDigitsStopAtTheFirstWildcard() {
            assertThat(match("555....", "5551234").leadingExplicitDigits()).isEqualTo(3);
            assertThat(match("9[2-9]1.", "9214").leadingExplicitDigits()).isEqualTo(1);
            assertThat(match("....", "1234").leadingExplicitDigits()).isZero();
        }

        @Test
        void overlongNumbersNeverMatch() {
            String longNumber = "1".repeat(DigitPattern.MAX_NUMBER_LENGTH + 1);
            assertThat(p("1%").matches(longNumber)).isFalse();
            assertThat(p("1%").matches("1".repeat(DigitPattern.MAX_NUMBER_LENGTH))).isTrue();
        }

        @Test
        void equalityIsByText() {
            assertThat(p("2...")).isEqualTo(p("2...")).hasSameHashCodeAs(p("2..."));
            assertThat(p("2...")).isNotEqualTo(p("^2..."));
        }
    }
}
