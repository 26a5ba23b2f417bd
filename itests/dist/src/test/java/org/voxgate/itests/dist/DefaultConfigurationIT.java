package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * bin/voxgate with no --config (a fresh home in a temp dir) listens with the defaults: UDP and TCP on
 * 5060. The only test that uses 5060; it fails clearly if something else already holds that port.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DefaultConfigurationIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(15);
    private Gateway gateway;

    @BeforeAll
    void start() {
        assertDefaultPortFree();
        gateway = Gateway.start("default-config", null);
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void sippOptionsOverUdpTo5060Succeeds() {
        Sipp.Result r = Sipp.run("default-udp", "options.xml", Sipp.Transport.UDP, Ports.SIPP_DEFAULT_UDP, Ports.DEFAULT_SIP, 50, 50, SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r::describe).isZero();
        assertThat(gateway.isAlive()).as("gateway still running").isTrue();
    }

    @Test
    void sippOptionsOverTcpTo5060Succeeds() {
        Sipp.Result r = Sipp.run("default-tcp", "options.xml", Sipp.Transport.TCP, Ports.SIPP_DEFAULT_TCP, Ports.DEFAULT_SIP, 50, 50, SIPP_TIMEOUT);
        assertThat(r.exitCode()).as(r::describe).isZero();
        assertThat(gateway.isAlive()).as("gateway still running").isTrue();
    }

    @Test
    void statusShowsDefaultTransportsAndMaxForwards() {
        Gateway.CliResult status = gateway.cli("show sip-ua status");
        assertThat(status.exitCode()).as(status::toString).isZero();
        assertThat(status.output())
                .containsPattern("(?m)^SIP User Agent for UDP : ENABLED\\s*$")
                .containsPattern("(?m)^SIP User Agent for TCP : ENABLED\\s*$")
                .containsPattern("(?m)^SIP max-forwards : 70\\s*$");
    }

    /** Something else on 5060 would make the gateway log "not opened" and SIPp talk to the wrong process. */
    private static void assertDefaultPortFree() {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(RawSip.LOOPBACK, Ports.DEFAULT_SIP));
             ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress(RawSip.LOOPBACK, Ports.DEFAULT_SIP));
        } catch (IOException e) {
            fail("Port 5060 (UDP or TCP) is already in use by another process (%s); this test needs the gateway's default "
                    + "port: stop whatever holds it (e.g. a Voxgate or SIP server you started) and run again", e.getMessage());
        }
    }
}
