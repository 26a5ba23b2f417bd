package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitRegexTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "x|0123456789", "X|0123456789", "1|1", "#|#", "*|*", "b|B",
            "[x*#ABCD]|0123456789*#ABCD", "[x#*ABCD]|0123456789*#ABCD", "[24]|24", "[2-9]|23456789",
            "[^2-9]|01*#ABCD", "[A-C#]|#ABC", "[a-d]|ABCD", " [13] |13", "[x1]|0123456789" })
    void singleKeyRegexesIosSupports(String regex, String keys) {
        assertThat(DigitRegex.parse(regex, "dtmf")).hasValueSatisfying(r -> {
            assertThat(r.keys()).isEqualTo(keys);
            assertThat(r.tag()).isEqualTo("dtmf");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "xx", "1234", "x{3}", "L1", "[]", "[^x*#ABCD]", "[9-2]", "[2-B]", "[E]", "[12",
            "12]", ".", "x+", "[x]{2}" })
    void everythingElseIsRefused(String regex) {
        assertThat(DigitRegex.parse(regex, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "[2-9],5,true", "[2-9],1,false", "[^2-9],#,true", "x,*,false", "[x*#ABCD],d,true" })
    void matchesKeys(String regex, char key, boolean matches) {
        assertThat(DigitRegex.parse(regex, null).orElseThrow().matches(key)).isEqualTo(matches);
    }
}
