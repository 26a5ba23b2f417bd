package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void retryRegisterTenAtT1IsAboutTimerF() {
        // sends at 0, .5, 1.5, 3.5, 7.5, 11.5, ... 27.5 s; the 10th send waits 3/4 of 4 s more
        assertThat(Timing.giveUpMs(10, 500)).isEqualTo(30_500);
    }

    @Test
    void fewerSendsGiveUpSoonerAndBeforeTheNextSend() {
        assertThat(Timing.giveUpMs(1, 500)).isEqualTo(375);
        assertThat(Timing.giveUpMs(2, 100)).isEqualTo(250); // sends at 0 and 100, the third would go at 300
        assertThat(Timing.giveUpMs(3, 1000)).isEqualTo(6000); // sends at 0, 1, 3 s; 3/4 of 4 s
    }

    @Test
    void refreshBetweenEightyAndNinetyPercent() {
        assertThat(Timing.refreshDelayMs(3600, 0)).isEqualTo(2_880_000);
        assertThat(Timing.refreshDelayMs(3600, 1)).isEqualTo(3_240_000);
        assertThat(Timing.refreshDelayMs(20, 0.5)).isEqualTo(17_000);
        assertThat(Timing.refreshDelayMs(1, 0)).isEqualTo(1000);
    }

    @Test
    void backOffDoublesToTenMinutesUnlessTheRegistrarSaysWhen() {
        assertThat(Timing.backoffMs(1, -1)).isEqualTo(10_000);
        assertThat(Timing.backoffMs(2, -1)).isEqualTo(20_000);
        assertThat(Timing.backoffMs(6, -1)).isEqualTo(320_000);
        assertThat(Timing.backoffMs(7, -1)).isEqualTo(600_000);
        assertThat(Timing.backoffMs(1000, -1)).isEqualTo(600_000);
        assertThat(Timing.backoffMs(3, 30)).isEqualTo(30_000);
        assertThat(Timing.backoffMs(1, 99999)).isEqualTo(3_600_000);
    }
}
