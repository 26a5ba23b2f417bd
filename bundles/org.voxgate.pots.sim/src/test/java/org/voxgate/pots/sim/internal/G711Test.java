package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {
    private static byte b(int v) {
        return (byte) v;
    }

    @Test
    void ulawEncodesKnownValues() {
        assertThat(G711.linearToUlaw((short) 0)).isEqualTo(b(0xFF));
        assertThat(G711.linearToUlaw(Short.MAX_VALUE)).isEqualTo(b(0x80));
        assertThat(G711.linearToUlaw(Short.MIN_VALUE)).isEqualTo(b(0x00));
        assertThat(G711.linearToUlaw((short) 1000)).isEqualTo(b(0xCE));
        assertThat(G711.linearToUlaw((short) -1000)).isEqualTo(b(0x4E));
        assertThat(G711.linearToUlaw((short) 32124)).isEqualTo(b(0x80));
    }

    @Test
    void alawEncodesKnownValues() {
        assertThat(G711.linearToAlaw((short) 0)).isEqualTo(b(0xD5));
        assertThat(G711.linearToAlaw(Short.MAX_VALUE)).isEqualTo(b(0xAA));
        assertThat(G711.linearToAlaw(Short.MIN_VALUE)).isEqualTo(b(0x2A));
        assertThat(G711.linearToAlaw((short) 1000)).isEqualTo(b(0xFA));
        assertThat(G711.linearToAlaw((short) -1000)).isEqualTo(b(0x7A));
        assertThat(G711.linearToAlaw((short) -1)).isEqualTo(b(0x55));
    }

    @Test
    void decodesKnownValues() {
        assertThat(G711.ulawToLinear(b(0xFF))).isEqualTo((short) 0);
        assertThat(G711.ulawToLinear(b(0x80))).isEqualTo((short) 32124);
        assertThat(G711.ulawToLinear(b(0x00))).isEqualTo((short) -32124);
        assertThat(G711.alawToLinear(b(0xD5))).isEqualTo((short) 8);
        assertThat(G711.alawToLinear(b(0xAA))).isEqualTo((short) 32256);
        assertThat(G711.alawToLinear(b(0x2A))).isEqualTo((short) -32256);
    }

    @Test
    void everyCodeSurvivesDecodeThenEncode() {
        for (int code = 0; code < 256; code++) {
            assertThat(G711.linearToAlaw(G711.alawToLinear(b(code)))).as("A-law %02x", code).isEqualTo(b(code));
            if (code != 0x7F) { // μ-law negative zero decodes to 0, which encodes as positive zero 0xFF
                assertThat(G711.linearToUlaw(G711.ulawToLinear(b(code)))).as("μ-law %02x", code).isEqualTo(b(code));
            }
        }
    }

    @Test
    void quantisationKeepsSignAndStaysWithinTheSegmentStep() {
        for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
            short s = (short) x;
            int u = G711.ulawToLinear(G711.linearToUlaw(s));
            int a = G711.alawToLinear(G711.linearToAlaw(s));
            // largest step: 1024 (μ-law top segment) plus clipping above 32124 / 32256
            assertThat(Math.abs(u - x)).as("μ-law of %d", x).isLessThanOrEqualTo(Math.max(1024, Math.abs(x) - 32124));
            assertThat(Math.abs(a - x)).as("A-law of %d", x).isLessThanOrEqualTo(1024);
            if (Math.abs(x) > 16) {
                assertThat(Integer.signum(u)).isEqualTo(Integer.signum(x));
                assertThat(Integer.signum(a)).isEqualTo(Integer.signum(x));
            }
        }
    }

    @Test
    void codecsEncodeWithTheirLaw() {
        assertThat(G711Codec.PCMU.encode((short) 0)).isEqualTo(b(0xFF));
        assertThat(G711Codec.PCMA.encode((short) 0)).isEqualTo(b(0xD5));
        assertThat(G711Codec.byStaticPayloadType(0)).contains(G711Codec.PCMU);
        assertThat(G711Codec.byStaticPayloadType(8)).contains(G711Codec.PCMA);
        assertThat(G711Codec.byStaticPayloadType(18)).isEmpty();
        assertThat(G711Codec.byEncodingName("pcma")).contains(G711Codec.PCMA);
    }
}
