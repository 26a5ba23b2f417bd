package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * Calls through the B2BUA between real SIPp callers and callees: the gateway runs with dial peers from its
 * IOS configuration, SIPp UAC calls it, SIPp UAS answers behind it. Each test checks both SIPp sides.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONFIG = """
            ! CallIT: SIP-to-SIP gateway between SIPp instances on 127.0.0.1
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 25200
            sip-ua
             retry invite 2
             sip-server ipv4:127.0.0.1:25201
            !
            dial-peer voice 1 voip
             description callee over UDP
             destination-pattern 6...
             session protocol sipv2
             session target ipv4:127.0.0.1:25201
            !
            dial-peer voice 2 voip
             description callee over TCP
             destination-pattern 7...
             session protocol sipv2
             session target ipv4:127.0.0.1:25202
             session transport tcp
            !
            dial-peer voice 10 voip
             description primary, down (TCP refused)
             destination-pattern 8...
             preference 1
             session target ipv4:127.0.0.1:25204
             session transport tcp
            dial-peer voice 11 voip
             description backup
             destination-pattern 8...
             preference 2
             session target ipv4:127.0.0.1:25201
            !
            dial-peer voice 20 voip
             description primary with huntstop, down
             destination-pattern 9...
             preference 1
             huntstop
             session target ipv4:127.0.0.1:25204
             session transport tcp
            dial-peer voice 21 voip
             description never reached
             destination-pattern 9...
             preference 2
             session target ipv4:127.0.0.1:25201
            !
            dial-peer voice 30 voip
             description primary over UDP, nobody answers
             destination-pattern 3...
             preference 1
             session target ipv4:127.0.0.1:25204
            dial-peer voice 31 voip
             description backup through sip-ua sip-server
             destination-pattern 3...
             preference 2
             session target sip-server
            """;
    private Gateway gateway;
    private Sipp.Running callee;

    @BeforeAll
    void start() {
        gateway = Gateway.start("call", CONFIG);
    }

    @AfterEach
    void stopCallee() {
        if (callee != null) {
            callee.stop();
            callee = null;
        }
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void fiveHundredCallsAt50CpsOverUdpAllComplete() {
        callee = Sipp.server("call-udp-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 500, SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-udp-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.CALL_UAC, Ports.CALL_SIP,
                "6001", 500, 50, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 500);
    }

    @Test
    void mediaIsAnchoredTheCalleeSeesTheRelaysPortsAndTheCallerToo() {
        callee = Sipp.server("call-anchor-uas", "uas-answer-anchored.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 10,
                SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-anchor-uac", "uac-call-anchored.xml", Sipp.Transport.UDP, Ports.CALL_UAC,
                Ports.CALL_SIP, "6004", 10, 10, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 10);
    }

    @Test
    void twoHundredCallsWithTheOutboundLegOverTcpAllComplete() {
        callee = Sipp.server("call-tcp-uas", "uas-answer.xml", Sipp.Transport.TCP, Ports.CALL_UAS_TCP, 200, SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-tcp-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.CALL_UAC, Ports.CALL_SIP,
                "7001", 200, 50, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 200);
    }

    @Test
    void callerCancelsWhileTheCalleeRings() {
        callee = Sipp.server("call-cancel-uas", "uas-ring-cancel.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 20, SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-cancel-uac", "uac-cancel.xml", Sipp.Transport.UDP, Ports.CALL_UAC, Ports.CALL_SIP,
                "6002", 20, 10, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 20);
    }

    @Test
    void calleeHangsUpFirst() {
        callee = Sipp.server("call-bye-uas", "uas-answer-then-hang-up.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 20,
                SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-bye-uac", "uac-call-callee-hangs-up.xml", Sipp.Transport.UDP, Ports.CALL_UAC,
                Ports.CALL_SIP, "6003", 20, 10, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 20);
    }

    @Test
    void unreachablePreferredPeerIsHuntedToTheBackup() {
        callee = Sipp.server("call-hunt-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 50, SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-hunt-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.CALL_UAC, Ports.CALL_SIP,
                "8001", 50, 25, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 50);
        assertThat(gateway.log()).contains("dial-peer 10 not reachable").contains("hunting");
    }

    @Test
    void silentUdpPeerIsGivenUpAfterRetryInviteAndHuntedToTheSipServer() {
        callee = Sipp.server("call-timeout-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.CALL_UAS_UDP, 5, SIPP_TIMEOUT);
        Sipp.Result caller = Sipp.call("call-timeout-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.CALL_UAC, Ports.CALL_SIP,
                "3001", 5, 5, SIPP_TIMEOUT);
        assertCompleted(caller, callee.await(), 5);
        assertThat(gateway.log()).contains("no response from dial-peer 30").contains("retry invite 2");
    }

    @Test
    void huntstopOnTheUnreachablePeerFailsEveryCallWith503() {
        Sipp.Result caller = Sipp.call("call-huntstop-uac", "uac-call-fails.xml", Sipp.Transport.UDP, Ports.CALL_UAC,
                Ports.CALL_SIP, "9001", 20, 10, SIPP_TIMEOUT);
        assertThat(caller.exitCode()).as(caller::describe).isZero();
        assertThat(caller.output()).containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+20\\b");
    }

    @Test
    void numberWithoutADialPeerGets404() throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.CALL_PROBE_UDP, Ports.CALL_SIP)) {
            Optional<Response> r = udp.exchange(Request.of("INVITE"), Duration.ofSeconds(5)); // to sip:100@...
            assertThat(r).as("final response").isPresent();
            assertThat(r.get().status()).as(r.get()::toString).isEqualTo(404);
        }
        assertThat(gateway.log()).contains("no dial-peer matches called number 100");
    }

    @Test
    void showCommandsDescribeTheDialPeersAndTheHuntOrder() {
        Gateway.CliResult summary = gateway.cli("show dial-peer voice summary");
        assertThat(summary.exitCode()).as(summary::toString).isZero();
        assertThat(summary.output()).startsWith("dial-peer hunt 0")
                .containsPattern("(?m)^1\\s+voip\\s+up\\s+up\\s+6\\.\\.\\.\\s+0\\s+syst\\s+ipv4:127\\.0\\.0\\.1:25201")
                .containsPattern("(?m)^20\\s+voip\\s+up\\s+up\\s+9\\.\\.\\.\\s+1\\s+syst\\s+ipv4:127\\.0\\.0\\.1:25204");
        Gateway.CliResult plan = gateway.cli("show dialplan number 8001");
        assertThat(plan.exitCode()).as(plan::toString).isZero();
        assertThat(plan.output()).contains("Hunt order: 10, 11");
        Gateway.CliResult huntstop = gateway.cli("show dialplan number 9001");
        assertThat(huntstop.output()).contains("Hunt order: 20").doesNotContain("Hunt order: 20, 21");
        Gateway.CliResult peer = gateway.cli("show dial-peer voice 2");
        assertThat(peer.exitCode()).as(peer::toString).isZero();
        assertThat(peer.output()).contains("VoiceOverIpPeer2").contains("ipv4:127.0.0.1:25202");
        assertThat(gateway.cli("show dial-peer voice 99").exitCode()).isEqualTo(1);
    }

    private static void assertCompleted(Sipp.Result caller, Sipp.Result calleeResult, int calls) {
        assertThat(caller.exitCode()).as(caller::describe).isZero();
        assertThat(caller.output()).as(caller::describe)
                .containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+" + calls + "\\b")
                .containsPattern("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+0\\b");
        assertThat(calleeResult.exitCode()).as(calleeResult::describe).isZero();
        assertThat(calleeResult.output()).as(calleeResult::describe)
                .containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+" + calls + "\\b");
    }
}
