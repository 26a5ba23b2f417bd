package org.voxgate.dtmf.rtpnte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NtePayloadTest {
    @Test
    void encodesEventFlagsVolumeAndBigEndianDuration() {
        assertThat(new NtePayload(11, false, 10, 400).encode()).containsExactly(0x0B, 0x0A, 0x01, 0x90);
        assertThat(new NtePayload(5, true, 10, 0xFFFF).encode()).containsExactly(0x05, 0x8A, 0xFF, 0xFF);
    }

    @Test
    void parsesTheLastBlockAndIgnoresTheReservedBit() {
        byte[] redundant = {3, (byte) 0x8A, 0x03, 0x20, 7, (byte) 0x4F, 0x01, 0x40};
        assertThat(NtePayload.parse(redundant)).isEqualTo(new NtePayload(7, false, 15, 320));
        assertThat(NtePayload.parse(new byte[] {16, (byte) 0xC0, 0, 0})).isEqualTo(new NtePayload(16, true, 0, 0));
        assertThat(NtePayload.parse(new byte[] {1, 2, 3})).isNull();
    }
}
