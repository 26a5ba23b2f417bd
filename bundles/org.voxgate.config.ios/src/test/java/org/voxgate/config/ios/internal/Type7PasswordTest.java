package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Type7PasswordTest {
    @Test
    void decodesWhatIosPrints() throws Exception {
        // the widely published example: "cisco" with offset 2 and with offset 8
        assertThat(Type7Password.decode("02050D480809")).isEqualTo("cisco");
        assertThat(Type7Password.decode("0822455D0A16")).isEqualTo("cisco");
    }

    @Test
    void encodesWithTheFixedOffsetAndRoundTrips() throws Exception {
        assertThat(Type7Password.encode("cisco")).isEqualTo("02050D480809");
        assertThat(Type7Password.decode(Type7Password.encode("a much longer secret, 60+ characters long: 0123456789abcdefghij")))
                .isEqualTo("a much longer secret, 60+ characters long: 0123456789abcdefghij");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "02", "020", "02XY", "99050D"})
    void badTextIsRefused(String text) {
        assertThatThrownBy(() -> Type7Password.decode(text)).isInstanceOf(InvalidLine.class);
    }
}
