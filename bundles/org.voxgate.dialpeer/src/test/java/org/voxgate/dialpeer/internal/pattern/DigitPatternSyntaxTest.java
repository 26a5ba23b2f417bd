package org.voxgate.dialpeer.internal.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What compiles, what does not and why, and that matching stays fast. */
class DigitPatternSyntaxTest {

    /** The IOS CLI's own check (semantics.md §1.1); every accepted pattern without '\' must pass it too. */
    private static final String IOS_CLI_ALPHABET = "^[\\]\\[^0-9,A-F#*.?+%()-]*T?(\\$)?$";

    @ParameterizedTest
    @ValueSource(strings = { "4404...", "9T", ".T", "T", "T$", "[2-9]......", "(206)?5015111", "333(123)%",
            "+19191112222", "^2...$", "[^1-3]22", "9,1...", "[2,5-8]", "+", "A#*", "(1(2)?)+", "5%", "++1",
            "[+]", "[0-9A-F*#]", "^+1T$", ".%", "(9,)?1" })
    void validPatternsCompileAndAgreeWithTheIosAlphabet(String text) {
        assertThat(DigitPattern.compile(text).text()).isEqualTo(text);
        assertThat(text).matches(IOS_CLI_ALPHABET);
    }

    @ParameterizedTest
    @ValueSource(strings = { "1\\+2", "\\\\", "\\.", "\\T", "\\$1", "\\[\\]\\(\\)\\?\\%\\^\\-\\," })
    void escapesCompile(String text) {
        assertThat(DigitPattern.compile(text).text()).isEqualTo(text);
    }

    /** pattern | 0-based index of the culprit | a fragment of the reason. '\' appears as '\\' in Java. */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> index {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "''          | 0 | pattern is empty",
            "2..[3       | 3 | unclosed '['",
            "[12         | 0 | unclosed '['",
            "[1-         | 0 | unclosed '['",
            "2..3]       | 4 | unmatched ']'",
            "(206?5015   | 0 | unclosed '('",
            "1(2(3)      | 1 | unclosed '('",
            "206)5       | 3 | unmatched ')'",
            "?1          | 0 | quantifier '?' has nothing to repeat",
            "%1          | 0 | quantifier '%' has nothing to repeat",
            "^?1         | 1 | quantifier '?' has nothing to repeat",
            "1(+2)       | 2 | use '\\+'",
            "1(?2)       | 2 | nothing to repeat",
            "1??         | 2 | follows another quantifier",
            "1%+         | 2 | follows another quantifier",
            "'1,?'       | 2 | cannot apply to a pause",
            "[9-2]       | 2 | start is after end",
            "[1-A]       | 2 | both ends must be digits 0-9 or both letters A-F",
            "[*-#]       | 2 | both ends must be digits",
            "[1-]        | 2 | range '1-' has no end",
            "'[1-,2]'    | 2 | range '1-' has no end",
            "[-1]        | 1 | range in '[ ]' has no start",
            "[]          | 0 | empty set",
            "'[,]'       | 0 | empty set",
            "[^]         | 0 | empty set",
            "[^0-9A-F*#+] | 0 | negated set excludes every dialable character",
            "[1^2]       | 2 | '^' negates a set only directly after '['",
            "[1.]        | 2 | '.' is not allowed inside '[ ]'",
            "[1[2]]      | 2 | '[' is not allowed inside '[ ]'",
            "[a]         | 1 | lowercase 'a' is not allowed inside '[ ]'; IOS accepts only uppercase 'A'",
            "T1          | 0 | 'T' must be the last character",
            "1T2         | 1 | 'T' must be the last character",
            "TT          | 0 | 'T' must be the last character",
            "T?          | 0 | 'T' must be the last character",
            "(1T)        | 2 | 'T' is only valid at the end of the pattern, not inside '( )'",
            "($)         | 1 | '$' is only valid at the end",
            "1$2         | 1 | '$' must be the last character",
            "$$          | 0 | '$' must be the last character",
            "abc         | 0 | lowercase 'a' is not allowed in a pattern; IOS accepts only uppercase 'A'",
            "12f         | 2 | lowercase 'f'",
            "1t          | 1 | lowercase 't' is not allowed in a pattern; IOS accepts only uppercase 'T'",
            "12G         | 2 | character 'G' is not allowed in a pattern",
            "'12 3'      | 2 | character U+0020 is not allowed",
            "1^2         | 1 | '^' is only valid at the start of the pattern or directly after '['",
            "1-2         | 1 | '-' is only valid inside '[ ]' as a range",
            "()          | 0 | empty group '()'",
            "'(,)'       | 0 | empty group '()'",
            "1(()2)      | 2 | empty group '()'",
            "1\\         | 1 | '\\' at the end of the pattern has nothing to escape",
            "1\\x        | 2 | character 'x' is not allowed after '\\'",
            "^           | 0 | pattern has no digits, wildcards or 'T' to match",
            "'^,,$'      | 0 | pattern has no digits, wildcards or 'T' to match",
            "$           | 0 | pattern has no digits, wildcards or 'T' to match" })
    void invalidPatternsAreRejectedWithReasonAndIndex(String text, int index, String reason) {
        assertThatThrownBy(() -> DigitPattern.compile(text))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOfSatisfying(DigitPatternException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.reason()).contains(reason);
                    assertThat(e.pattern()).isEqualTo(text);
                    assertThat(e.getMessage()).contains("\"" + text + "\"").contains("at index " + index);
                });
    }

    @Test
    void messageReadsWell() {
        assertThatThrownBy(() -> DigitPattern.compile("2..[3"))
                .hasMessage("Invalid dial-peer pattern \"2..[3\": unclosed '[' at index 3");
    }

    @Test
    void nullIsRejected() {
        assertThatNullPointerException().isThrownBy(() -> DigitPattern.compile(null));
        assertThatNullPointerException().isThrownBy(() -> DigitPattern.compile("1").match(null));
    }

    /**
     * Nested unbounded quantifiers are exponential for a backtracking engine; the automaton is linear. No timing
     * threshold here (machines are noisy): with backtracking these inputs would not finish at all.
     */
    @ParameterizedTest
    @ValueSource(strings = { "(1%)%(1%)%(1%)%(1%)%2$", "(.%)%(.%)%(.%)%(.%)%(.%)%(.%)%(.%)%(.%)%2$",
            "((1?)+)%((1?)+)%((1?)+)%((1?)+)%((1?)+)%((1?)+)%((1?)+)%((1?)+)%2" })
    void pathologicalPatternsStayFast(String text) {
        DigitPattern pattern = DigitPattern.compile(text);
        String noMatch = "1".repeat(32) + "3";
        String longNoMatch = "1".repeat(DigitPattern.MAX_NUMBER_LENGTH - 1) + "3";
        for (int i = 0; i < 200; i++) {
            assertThat(pattern.matches(noMatch)).isFalse();
        }
        assertThat(pattern.matches(longNoMatch)).isFalse();
        assertThat(pattern.matches("1".repeat(32) + "2")).isTrue();
    }

    @Test
    void sixtyFourCharacterPatternAgainst32Digits() {
        String text = "([0-9]%.?)%".repeat(3) + "[1-9](1)?(2)?(3)%" + ".?".repeat(6) + "T";
        assertThat(text.length()).isLessThanOrEqualTo(64);
        DigitPattern pattern = DigitPattern.compile(text);
        assertThat(pattern.matches("12345678901234567890123456789012")).isTrue();
    }
}
