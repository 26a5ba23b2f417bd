package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {
    @Test
    void referenceValues() {
        assertThat(G711.linearToUlaw((short) 0)).isEqualTo((byte) 0xFF);
        assertThat(G711.ulawToLinear((byte) 0x80)).isEqualTo((short) 32124);
        assertThat(G711.linearToAlaw((short) 0)).isEqualTo((byte) 0xD5);
        assertThat(G711.alawToLinear((byte) 0xAA)).isEqualTo((short) 32256);
    }

    @Test
    void tablesDecodeWhatEncodingProducesBackToTheSameCode() {
        short[] pcm = new short[256];
        byte[] codes = new byte[256];
        for (int i = 0; i < 256; i++) {
            codes[i] = (byte) i;
        }
        for (boolean ulaw : new boolean[] {true, false}) {
            G711.decode(ulaw, codes, 0, 256, pcm);
            byte[] again = new byte[256];
            G711.encode(ulaw, pcm, 256, again, 0);
            for (int i = 0; i < 256; i++) {
                if (!(ulaw && i == 0x7F)) { // μ-law has two zeros (0x7F and 0xFF); both decode to 0
                    assertThat(again[i]).as("code %02x %s", i, ulaw ? "ulaw" : "alaw").isEqualTo(codes[i]);
                }
            }
        }
    }
}
