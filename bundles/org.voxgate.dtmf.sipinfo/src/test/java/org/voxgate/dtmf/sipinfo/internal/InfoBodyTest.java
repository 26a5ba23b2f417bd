package org.voxgate.dtmf.sipinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxgate.spi.dtmf.DtmfDigit;

class InfoBodyTest {

    private static InfoBody.Parsed relay(String body) {
        return InfoBody.parseDtmfRelay(body.getBytes(StandardCharsets.US_ASCII));
    }

    private static InfoBody.Parsed bare(String body) {
        return InfoBody.parseDtmf(body.getBytes(StandardCharsets.US_ASCII));
    }

    private static InfoBody.Key key(char key, int durationMs) {
        return new InfoBody.Key(new DtmfDigit(key, durationMs));
    }

    @Test
    void formatsTheBodyIosSendsByteForByte() {
        byte[] body = InfoBody.format(new DtmfDigit('1', 160));
        assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("Signal= 1\r\nDuration= 160\r\n");
        assertThat(body).as("Content-Length of the semantics §1.4 example").hasSize(26);
    }

    @Test
    void formatClampsDurationIntoTheIosWindow() {
        assertThat(new String(InfoBody.format(new DtmfDigit('#', 40)), StandardCharsets.US_ASCII))
                .isEqualTo("Signal= #\r\nDuration= 100\r\n");
        assertThat(new String(InfoBody.format(new DtmfDigit('a', 9000)), StandardCharsets.US_ASCII))
                .isEqualTo("Signal= A\r\nDuration= 5000\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Signal= 1\\r\\nDuration= 160\\r\\n | 1 | 160",
            "Signal=1\\nDuration=160          | 1 | 160",
            "signal = 5 \\r duration = 300    | 5 | 300",
            "SIGNAL=*\\r\\nDURATION=250       | * | 250",
            "Signal= #\\r\\n                  | # | 250",
            "Signal= d\\r\\nDuration= 120     | D | 120",
            "Duration= 400\\r\\nSignal= 9     | 9 | 400",
            "Signal= 2\\r\\nDuration= 160ms   | 2 | 160",
            "Signal= 3\\r\\nDuration= soon    | 3 | 250",
            "Signal= 4\\r\\nFoo= bar\\r\\nDuration= 200 | 4 | 200",
            "Signal= 10\\r\\nDuration= 200    | * | 200",
            "Signal= 11\\r\\nDuration= 200    | # | 200",
            "Signal= 15\\r\\nDuration= 200    | D | 200",
            "Signal= 0\\r\\nDuration= 20      | 0 | 100",
            "Signal= 0\\r\\nDuration= 0       | 0 | 100",
            "Signal= 0\\r\\nDuration= 60000   | 0 | 5000",
            "Signal= 0\\r\\nDuration= 99999999999 | 0 | 5000",
    })
    void parsesTolerantlyAndClamps(String body, char key, int durationMs) {
        assertThat(relay(body.replace("\\r", "\r").replace("\\n", "\n"))).isEqualTo(key(key, durationMs));
    }

    @Test
    void firstSignalAndDurationCount() {
        assertThat(relay("Signal=1\r\nSignal=2\r\nDuration=300\r\nDuration=400")).isEqualTo(key('1', 300));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "''", "Duration= 160", "Signal=", "Signal= 09", "Signal= E", "Signal= 17",
            "Signal= 1 2", "hello", "Signal= -1" })
    void garbledBodiesAreRefused(String body) {
        assertThat(relay(body)).isInstanceOf(InfoBody.Garbled.class);
    }

    @ParameterizedTest
    @CsvSource({ "hf", "HF", "!", "16" })
    void hookFlashIsRecognisedButIsNoKey(String signal) {
        assertThat(relay("Signal= " + signal + "\r\n")).isInstanceOf(InfoBody.Flash.class);
    }

    @Test
    void bareDigitBodies() {
        assertThat(bare("7")).isEqualTo(key('7', 250));
        assertThat(bare(" b\r\n")).isEqualTo(key('B', 250));
        assertThat(bare("")).isInstanceOf(InfoBody.Garbled.class);
        assertThat(bare("77")).isInstanceOf(InfoBody.Garbled.class);
        assertThat(bare("Signal=7")).isInstanceOf(InfoBody.Garbled.class);
    }

    @Test
    void nonAsciiBytesDoNotThrow() {
        assertThat(InfoBody.parseDtmfRelay(new byte[] { 'S', '=', (byte) 0xff, (byte) 0xfe }))
                .isInstanceOf(InfoBody.Garbled.class);
    }
}
