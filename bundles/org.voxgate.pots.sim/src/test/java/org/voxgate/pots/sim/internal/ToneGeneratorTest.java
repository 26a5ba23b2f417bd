package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToneGeneratorTest {
    private static int zeroCrossings(short[] samples) {
        int crossings = 0;
        for (int i = 1; i < samples.length; i++) {
            if ((samples[i - 1] < 0) != (samples[i] < 0)) {
                crossings++;
            }
        }
        return crossings;
    }

    @Test
    void oneSecondOf1004HzCrossesZero2008Times() {
        short[] second = new ToneGenerator(1004, ToneGenerator.LEVEL_MINUS_10_DBM0).next(8000);
        assertThat(zeroCrossings(second)).isBetween(2006, 2010);
    }

    @Test
    void frequencyFollowsTheSetting() {
        assertThat(zeroCrossings(new ToneGenerator(440, 1000).next(8000))).isBetween(878, 882);
        assertThat(zeroCrossings(new ToneGenerator(3000, 1000).next(8000))).isBetween(5990, 6010);
    }

    @Test
    void twentyMillisecondFramesJoinWithoutAPhaseJump() {
        ToneGenerator framed = new ToneGenerator(1004, 8000);
        short[] joined = new short[8000];
        for (int f = 0; f < 50; f++) {
            System.arraycopy(framed.next(160), 0, joined, f * 160, 160);
        }
        assertThat(joined).containsExactly(new ToneGenerator(1004, 8000).next(8000));
    }

    @Test
    void levelIsAboutMinus10Dbm0() {
        short[] second = new ToneGenerator(1004, ToneGenerator.LEVEL_MINUS_10_DBM0).next(8000);
        int peak = 0;
        for (short s : second) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isBetween(7000, ToneGenerator.LEVEL_MINUS_10_DBM0);
        byte[] ulaw = new byte[second.length];
        G711Codec.PCMU.encode(second, ulaw);
        assertThat(RtpSession.rms(ulaw, G711Codec.PCMU)).isBetween(4800.0, 5200.0); // peak / sqrt(2)
    }

    @Test
    void zeroHertzIsSilenceAndNyquistIsRefused() {
        assertThat(new ToneGenerator(0, 8000).next(160)).containsOnly((short) 0);
        assertThatThrownBy(() -> new ToneGenerator(4000, 1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
