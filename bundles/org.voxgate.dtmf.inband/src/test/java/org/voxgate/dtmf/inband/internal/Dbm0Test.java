package org.voxgate.dtmf.inband.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Dbm0Test {
    @Test
    void theMuLawDigitalMilliwattIsZeroDbm0() {
        int[] dmw = {0x1E, 0x0B, 0x0B, 0x1E, 0x9E, 0x8B, 0x8B, 0x9E};
        double sum = 0;
        for (int code : dmw) {
            double v = G711RoundTrip.ULAW.decode((byte) code);
            sum += v * v;
        }
        assertThat(Dbm0.of(sum / dmw.length)).isCloseTo(0, within(0.02));
    }

    @Test
    void levelsAndAmplitudesAgree() {
        assertThat(Dbm0.amplitude(0)).isCloseTo(22657, within(1.0));
        assertThat(Dbm0.of(Dbm0.power(-25))).isCloseTo(-25, within(1e-9));
        assertThat(Dbm0.amplitude(-20)).isCloseTo(Dbm0.ZERO_DBM0_PEAK / 10, within(1e-6));
    }

    @Test
    void goertzelFindsTheLevelOfASineAfterTheG711RoundTrip() {
        for (G711RoundTrip law : G711RoundTrip.values()) {
            short[] x = law.apply(Signals.tones(852, -25, 0, Double.NaN, 20));
            double level = Dbm0.of(GoertzelBank.power(x, 2 * Math.cos(2 * Math.PI * 852 / 8000.0)));
            assertThat(level).as(law.name()).isCloseTo(-25, within(0.5));
        }
    }
}
