package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A configuration file with an error on line 5: bin/voxgate refuses to start, says which line, and
 * applies nothing of the file (its listen-port, set before line 5, is never opened).
 */
class BadConfigIT {
    /** Line 3 moves SIP to 25360; line 5 is out of range (max-forwards is 1-70). */
    private static final String CONFIG = """
            voice service voip
             sip
              listen-port non-secure 25360
            sip-ua
             max-forwards 99
            """;
    private static final Duration PROBE = Duration.ofMillis(200);
    private Gateway gateway;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void errorOnLine5ExitsNonZeroNamesLine5AndAppliesNothing() {
        assertThat(CONFIG.lines().skip(4).findFirst()).as("line 5 of the file").hasValue(" max-forwards 99");
        assertThat(tcpOpen()).as("127.0.0.1:%d free before the test", Ports.BAD_CONFIG_SIP).isFalse();

        gateway = Gateway.launch("bad-config", CONFIG);
        // watch the file's port for as long as the process lives: it must never open, not even briefly
        boolean openedWhileRunning = false;
        long deadline = System.nanoTime() + Gateway.READY_TIMEOUT.toNanos();
        while (gateway.isAlive() && System.nanoTime() < deadline) {
            openedWhileRunning |= tcpOpen();
            Gateway.pause(20);
        }
        int exit = gateway.awaitExit(Duration.ofSeconds(30));
        String output = gateway.stdout() + gateway.stderr();

        assertThat(exit).as("exit code of bin/voxgate with a bad config; output:%n%s", output).isEqualTo(1);
        assertThat(output).contains("Voxgate not started").containsPattern("line 5\\b").doesNotContain("Voxgate ready");
        assertThat(openedWhileRunning).as("TCP %d accepted a connection while the rejected config was being loaded", Ports.BAD_CONFIG_SIP).isFalse();
        assertThat(tcpOpen()).as("TCP %d listening after the failed start", Ports.BAD_CONFIG_SIP).isFalse();
        assertThat(RawSip.udpAnswers(Ports.BAD_CONFIG_PROBE_UDP, Ports.BAD_CONFIG_SIP, Duration.ofSeconds(1)))
                .as("UDP %d answering OPTIONS after the failed start", Ports.BAD_CONFIG_SIP).isFalse();
    }

    private static boolean tcpOpen() {
        return RawSip.tcpAccepts(Ports.BAD_CONFIG_PROBE_TCP_FROM, Ports.BAD_CONFIG_PROBE_TCP_TO, Ports.BAD_CONFIG_SIP, PROBE);
    }
}
