package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RtpPacketTest {
    @Test
    void packsTheFixedHeaderInNetworkOrder() {
        byte[] bytes = new RtpPacket(true, 8, 0x1234, 0x01020304L, 0xDEADBEEFL, new byte[] {1, 2, 3}).toBytes();
        assertThat(bytes).containsExactly(0x80, 0x88, 0x12, 0x34, 0x01, 0x02, 0x03, 0x04,
                0xDE, 0xAD, 0xBE, 0xEF, 1, 2, 3);
        byte[] plain = new RtpPacket(false, 0, 0xFFFF, 0xFFFF_FFFFL, 1, new byte[0]).toBytes();
        assertThat(plain).containsExactly(0x80, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1);
    }

    @Test
    void sequenceAndTimestampWrap() {
        RtpPacket p = new RtpPacket(false, 0, 0x1_0001, 0x1_0000_00A0L, 5, new byte[0]);
        assertThat(p.sequence()).isEqualTo(1);
        assertThat(p.timestamp()).isEqualTo(0xA0);
    }

    @Test
    void parsesWhatItPacks() {
        RtpPacket p = new RtpPacket(true, 0, 65000, 4_000_000_000L, 0xCAFEBABEL, new byte[160]);
        byte[] bytes = p.toBytes();
        assertThat(RtpPacket.parse(bytes, bytes.length)).contains(p);
    }

    @Test
    void parseSkipsCsrcsExtensionAndPadding() {
        byte[] bytes = {
            (byte) 0xB1, 0x00, 0, 7, 0, 0, 0, 9, 0, 0, 0, 1,   // V=2 P=1 X=1 CC=1, PT 0
            0, 0, 0, 2,                                        // CSRC
            (byte) 0xBE, (byte) 0xDE, 0, 1, 1, 2, 3, 4,        // extension, 1 word
            (byte) 0xFF, (byte) 0xFE,                          // payload
            0, 0, 3                                            // 3 bytes of padding
        };
        RtpPacket p = RtpPacket.parse(bytes, bytes.length).orElseThrow();
        assertThat(p.sequence()).isEqualTo(7);
        assertThat(p.timestamp()).isEqualTo(9);
        assertThat(p.payload()).containsExactly(0xFF, 0xFE);
    }

    @Test
    void refusesWhatIsNotRtp() {
        assertThat(RtpPacket.parse(new byte[11], 11)).isEmpty();
        byte[] v1 = new RtpPacket(false, 0, 1, 1, 1, new byte[4]).toBytes();
        v1[0] = 0x40;
        assertThat(RtpPacket.parse(v1, v1.length)).isEmpty();
        byte[] badPadding = new RtpPacket(false, 0, 1, 1, 1, new byte[] {0, 0, 100}).toBytes();
        badPadding[0] |= 0x20;
        assertThat(RtpPacket.parse(badPadding, badPadding.length)).isEmpty();
        assertThatThrownBy(() -> new RtpPacket(false, 128, 0, 0, 0, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
