package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpenFileLimitTest {
    @Test
    void theSoftLimitIsReadFromProcLimits() {
        List<String> lines = List.of("Limit                     Soft Limit           Hard Limit           Units",
                "Max processes             unlimited            unlimited            processes",
                "Max open files            20000                20000                files");
        assertThat(OpenFileLimit.parse(lines)).isEqualTo(20000);
        assertThat(OpenFileLimit.parse(List.of("Max open files            unlimited  unlimited  files"))).isEqualTo(-1);
        assertThat(OpenFileLimit.parse(List.of("nothing"))).isEqualTo(-1);
    }

    @Test
    void pairsLeaveAReserveForTheRestOfTheGateway() {
        assertThat(OpenFileLimit.pairsAllowed(20000)).isEqualTo((20000 - 2500) / 2); // an eighth
        assertThat(OpenFileLimit.pairsAllowed(4096)).isEqualTo((4096 - 1024) / 2);  // at least 1024
        assertThat(OpenFileLimit.pairsAllowed(1000)).isZero();
        assertThat(OpenFileLimit.pairsAllowed(-1)).isEqualTo(Integer.MAX_VALUE);
    }
}
