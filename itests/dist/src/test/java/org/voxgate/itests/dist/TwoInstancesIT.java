package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the same distribution at once, each with its own home and configuration file:
 * both answer SIP on their own ports, and voxgate-cli reaches the instance of the home it is given.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(15);
    private static final String H1_CONFIG = """
            ! TwoInstancesIT H1
            voice service voip
             sip
              listen-port non-secure 25160
            sip-ua
             max-forwards 10
            """;
    private static final String H2_CONFIG = """
            ! TwoInstancesIT H2
            voice service voip
             sip
              listen-port non-secure 25260
            """;
    private Gateway h1;
    private Gateway h2;

    @BeforeAll
    void start() {
        try {
            h1 = Gateway.start("two-h1", H1_CONFIG);
            h2 = Gateway.start("two-h2", H2_CONFIG);
        } catch (RuntimeException | Error e) {
            stop(); // @AfterAll does not run when @BeforeAll fails part-way
            throw e;
        }
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(h1, h2);
    }

    @Test
    void bothInstancesRunAtOnceAndAnswerSippOptionsOverUdpAndTcp() {
        assertThat(h1.isAlive()).as("H1 running").isTrue();
        assertThat(h2.isAlive()).as("H2 running").isTrue();
        assertSipp("two-h1-udp", Sipp.Transport.UDP, Ports.SIPP_H1_UDP, Ports.H1_SIP);
        assertSipp("two-h2-udp", Sipp.Transport.UDP, Ports.SIPP_H2_UDP, Ports.H2_SIP);
        assertSipp("two-h1-tcp", Sipp.Transport.TCP, Ports.SIPP_H1_TCP, Ports.H1_SIP);
        assertSipp("two-h2-tcp", Sipp.Transport.TCP, Ports.SIPP_H2_TCP, Ports.H2_SIP);
        assertThat(h1.isAlive() && h2.isAlive()).as("both still running").isTrue();
    }

    @Test
    void cliShowsEachInstancesOwnMaxForwards() {
        Gateway.CliResult s1 = h1.cli("show sip-ua status");
        Gateway.CliResult s2 = h2.cli("show sip-ua status");
        assertThat(s1.exitCode()).as(s1::toString).isZero();
        assertThat(s2.exitCode()).as(s2::toString).isZero();
        assertThat(s1.output()).containsPattern("(?m)^SIP max-forwards : 10\\s*$");
        assertThat(s2.output()).containsPattern("(?m)^SIP max-forwards : 70\\s*$");
    }

    @Test
    void failingCliCommandExits1() {
        Gateway.CliResult r = h1.cli("show nonsense");
        assertThat(r.exitCode()).as(r::toString).isEqualTo(1);
        assertThat(r.output()).as(r::toString).isNotBlank();
        assertThat(h1.isAlive()).as("H1 still running").isTrue();
    }

    @Test
    void cliOnHomeWithoutInstanceExits2() throws IOException {
        Path empty = Files.createTempDirectory("voxgate-no-instance-");
        try {
            Gateway.CliResult r = Gateway.cli(empty, "show sip-ua status");
            assertThat(r.exitCode()).as(r::toString).isEqualTo(2);
        } finally {
            Files.deleteIfExists(empty);
        }
    }

    private static void assertSipp(String label, Sipp.Transport transport, int localPort, int gatewayPort) {
        Sipp.Result r = Sipp.run(label, "options.xml", transport, localPort, gatewayPort, 50, 50, SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r::describe).isZero();
    }
}
