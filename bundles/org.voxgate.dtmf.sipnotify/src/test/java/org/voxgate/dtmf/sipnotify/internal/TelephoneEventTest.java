package org.voxgate.dtmf.sipnotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelephoneEventTest {

    @Test
    void encodesTheSemanticsExample() {
        assertThat(new TelephoneEvent(7, false, 2000).encode()).containsExactly(0x07, 0x00, 0x07, 0xD0);
    }

    @Test
    void endBitIsTheTopBitOfTheSecondByte() {
        assertThat(new TelephoneEvent(11, true, 160).encode()).containsExactly(0x0B, 0x80, 0x00, 0xA0);
    }

    @Test
    void durationIsSixteenBitsAndClamped() {
        assertThat(new TelephoneEvent(1, false, 65535).encode()).containsExactly(0x01, 0x00, 0xFF, 0xFF);
        assertThat(new TelephoneEvent(1, false, 70000).encode()).containsExactly(0x01, 0x00, 0xFF, 0xFF);
    }

    @Test
    void decodesAndIgnoresReservedAndUnusedBits() {
        assertThat(TelephoneEvent.decode(new byte[] { 0x05, (byte) 0xFF, 0x11, (byte) 0x94 }))
                .contains(new TelephoneEvent(5, true, 4500));
        assertThat(TelephoneEvent.decode(new byte[] { (byte) 0xC8, 0x40, 0x00, 0x00 }))
                .contains(new TelephoneEvent(200, false, 0));
    }

    @Test
    void onlyFourBytesAreABody() {
        assertThat(TelephoneEvent.decode(new byte[0])).isEmpty();
        assertThat(TelephoneEvent.decode(new byte[] { 1, 0, 7 })).isEmpty();
        assertThat(TelephoneEvent.decode(new byte[] { 1, 0, 7, (byte) 0xD0, 0 })).isEmpty();
    }
}
