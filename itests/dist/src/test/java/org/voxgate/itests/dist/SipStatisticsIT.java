package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * {@code show sip-ua statistics} / {@code clear sip-ua statistics} count what really crossed the wire, and
 * {@code debug ccsip messages} puts whole messages into the log, through {@code voxgate-cli} against the
 * distribution. Hand-written requests over UDP, so every expected count is known.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SipStatisticsIT {
    private static final Duration ANSWER = Duration.ofSeconds(10);
    private static final String CONFIG = """
            ! SipStatisticsIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 25800
            sip-ua
             retry invite 2
            dial-peer voice 1 voip
             description silent peer: INVITE retransmitted, then given up
             destination-pattern 5...
             session target ipv4:127.0.0.1:25802
            """;
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("sipstats", CONFIG);
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    @Order(1)
    void optionsInAndItsOkOutAreCountedAndClearZeroesThem() throws IOException {
        cli("clear sip-ua statistics");
        assertThat(options().status()).isEqualTo(200);
        String stats = cli("show sip-ua statistics");
        assertThat(stats).startsWith("SIP Response Statistics (Inbound/Outbound)\n")
                .contains("\n      OkCancel 0/0, OkOptions 0/1,\n")
                .contains("\n    Cancel 0/0, Options 1/0,\n")
                .contains("\n    Invite 0/0, Ack 0/0, Bye 0/0,\n")
                .contains("Retry Statistics\n    Invite 0, Bye 0, Cancel 0, Response 0, Notify 0\n")
                .endsWith("DTMF Relay Statistics (Received/Sent digits)\n"
                        + "    rtp-nte 0/0, sip-info 0/0, sip-notify 0/0, sip-kpml 0/0, inband 0/0\n");

        assertThat(cli("clear sip-ua statistics")).isEmpty();
        assertThat(cli("show sip-ua statistics")).contains("OkOptions 0/0,").contains("Options 0/0,")
                .doesNotContainPattern(" [1-9]\\d*/\\d+| \\d+/[1-9]");
    }

    @Test
    @Order(2)
    void debugCcsipMessagesPutsTheOptionsIntoTheLogUntilUndebugAll() throws IOException {
        assertThat(cli("debug ccsip messages")).isEqualTo("SIP Call messages tracing is enabled\n"
                + "SIP message tracing to the log is on (console output only in an interactive session)\n");
        assertThat(cli("show debugging")).contains("SIP Call Message tracing is enabled");
        Request traced = Request.of("OPTIONS");
        assertThat(send(traced).status()).isEqualTo(200);
        String callId = "Call-ID: " + traced.callId;
        String log = awaitLog(l -> l.indexOf("Sent: ") > 0 && l.contains(callId) && l.lastIndexOf(callId) != l.indexOf(callId));
        assertThat(log).containsPattern("\\[org\\.voxgate\\.sip\\.trace\\] .*: //SIP/Msg/ccsipDisplayMsg:\nReceived: 127\\.0\\.0\\.1:"
                + Ports.SIPSTATS_UDP + " -> .*:" + Ports.SIPSTATS_SIP + "\nOPTIONS sip:100@127\\.0\\.0\\.1:" + Ports.SIPSTATS_SIP
                + " SIP/2\\.0\n");
        assertThat(log).containsPattern("\nSent: .*:" + Ports.SIPSTATS_SIP + " -> 127\\.0\\.0\\.1:" + Ports.SIPSTATS_UDP
                + "\nSIP/2\\.0 200 OK\n");
        assertThat(log.substring(log.indexOf("Received: 127.0.0.1:" + Ports.SIPSTATS_UDP))).contains(callId);

        assertThat(cli("undebug all")).isEqualTo("All possible debugging has been turned off\n");
        assertThat(cli("show debugging")).isEmpty();
        Request quiet = Request.of("OPTIONS");
        assertThat(send(quiet).status()).isEqualTo(200);
        assertThat(gateway.log()).doesNotContain(quiet.callId);
    }

    @Test
    @Order(3)
    void inviteToASilentPeerIsRetriedAndCountedAsRetries() throws IOException {
        cli("clear sip-ua statistics");
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(RawSip.LOOPBACK, Ports.SIPSTATS_SILENT_PEER))) {
            Response r = send(Request.of("INVITE").to("5001"));
            assertThat(r.status()).as(r::toString).isGreaterThanOrEqualTo(400); // given up after retry invite 2
        }
        String stats = cli("show sip-ua statistics");
        Matcher retry = Pattern.compile("\nRetry Statistics\n    Invite (\\d+), ").matcher(stats);
        assertThat(retry.find()).as(stats).isTrue();
        assertThat(Integer.parseInt(retry.group(1))).as(stats).isBetween(1, 2);
        Matcher invites = Pattern.compile("\n    Invite 1/(\\d+), Ack 1/0,").matcher(stats);
        assertThat(invites.find()).as(stats).isTrue();
        assertThat(Integer.parseInt(invites.group(1))).as("the INVITE sent and its retransmissions").isEqualTo(
                1 + Integer.parseInt(retry.group(1)));
        assertThat(stats).contains("Trying 0/1,");
    }

    @Test
    @Order(4)
    void showSipUaTimersPrintsTheDefaults() {
        assertThat(cli("show sip-ua timers")).isEqualTo("""
                SIP UA Timer Values (millisecs)
                trying 500, expires 180000, connect 500, disconnect 500
                comet 500, prack 500, rel1xx 500, notify 500
                """);
    }

    private Response options() throws IOException {
        return send(Request.of("OPTIONS"));
    }

    private Response send(Request request) throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.SIPSTATS_UDP, Ports.SIPSTATS_SIP)) {
            return udp.exchange(request, ANSWER).orElseThrow(() -> new AssertionError("no answer to " + request.method));
        }
    }

    private String cli(String command) {
        Gateway.CliResult r = gateway.cli(command);
        assertThat(r.exitCode()).as("%s: %s", command, r).isZero();
        return r.output();
    }

    private String awaitLog(Predicate<String> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String log = gateway.log();
        while (!done.test(log) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            log = gateway.log();
        }
        assertThat(done.test(log)).as("log within 10 s:%n%s", log).isTrue();
        return log;
    }
}
