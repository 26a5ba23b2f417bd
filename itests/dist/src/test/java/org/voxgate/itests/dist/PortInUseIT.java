package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second instance configured for a SIP port that the first one holds must not claim to be ready:
 * it exits 1 naming the listening point, and the first instance keeps answering.
 */
class PortInUseIT {
    private static final String CONFIG = """
            voice service voip
             sip
              listen-port non-secure 25970
            """;
    private Gateway first;
    private Gateway second;

    @AfterEach
    void stop() {
        Gateway.closeAll(second, first);
    }

    @Test
    void secondInstanceOnTheSamePortExits1WithoutReadyAndTheFirstKeepsRunning() {
        first = Gateway.start("port-in-use-1", CONFIG);
        second = Gateway.launch("port-in-use-2", CONFIG);

        int exit = second.awaitExit(Duration.ofSeconds(30));
        String output = second.stdout() + second.stderr();
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(second.stdout()).doesNotContain("Voxgate ready");
        assertThat(second.stderr()).contains("Voxgate not started").contains("25970 not opened");
        assertThat(first.isAlive()).isTrue();
        assertThat(first.cli("show sip-ua status").exitCode()).isZero();
    }
}
