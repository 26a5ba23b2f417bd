package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM (what {@link Process#destroy()} sends on Unix, and what a service manager sends) stops the
 * gateway cleanly and promptly, and its SIP port stops answering.
 * <p>
 * The exit code is 143 (128 + SIGTERM): the launcher stops Felix in a JVM shutdown hook, and a JVM
 * that shuts down because of SIGTERM exits with 143 after its hooks have run; the launcher's own
 * {@code System.exit(0)} never gets to decide.
 */
class ShutdownIT {
    private static final String CONFIG = """
            ! ShutdownIT
            voice service voip
             sip
              listen-port non-secure 25560
            """;
    private static final Duration STOP_BOUND = Duration.ofSeconds(15);
    private Gateway gateway;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void sigtermExitsWithin15sWithCode143AndPortStopsAnswering() {
        gateway = Gateway.start("shutdown", CONFIG);
        assertThat(RawSip.udpAnswers(Ports.SHUTDOWN_PROBE_UDP, Ports.SHUTDOWN_SIP, Duration.ofSeconds(5)))
                .as("UDP %d answers OPTIONS while running", Ports.SHUTDOWN_SIP).isTrue();
        assertThat(tcpOpen()).as("TCP %d listening while running", Ports.SHUTDOWN_SIP).isTrue();

        long t0 = System.nanoTime();
        gateway.process().destroy();
        int exit = gateway.awaitExit(STOP_BOUND);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(took).as("time from SIGTERM to exit").isLessThanOrEqualTo(STOP_BOUND);
        assertThat(exit).as("exit code after SIGTERM (took %s); stderr:%n%s", took, gateway.stderr()).isEqualTo(143);
        assertThat(tcpOpen()).as("TCP %d still listening after exit", Ports.SHUTDOWN_SIP).isFalse();
        assertThat(RawSip.udpAnswers(Ports.SHUTDOWN_PROBE_UDP, Ports.SHUTDOWN_SIP, Duration.ofSeconds(1)))
                .as("UDP %d still answering after exit", Ports.SHUTDOWN_SIP).isFalse();

        Gateway.CliResult cli = gateway.cli("show sip-ua status");
        assertThat(cli.exitCode()).as("voxgate-cli on the stopped instance's home: %s", cli).isEqualTo(2);
    }

    private static boolean tcpOpen() {
        return RawSip.tcpAccepts(Ports.SHUTDOWN_PROBE_TCP_FROM, Ports.SHUTDOWN_PROBE_TCP_TO, Ports.SHUTDOWN_SIP, Duration.ofMillis(500));
    }
}
