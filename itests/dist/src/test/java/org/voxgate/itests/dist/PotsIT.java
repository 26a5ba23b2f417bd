package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SIP to a POTS dial peer: the simulated phones of the feature voxgate-pots-sim (installed live from the CLI)
 * ring, answer with G.711 SDP and receive RTP; a busy line gives 486; the line is idle again after the call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PotsIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONFIG = """
            ! PotsIT
            voice service voip
             sip
              listen-port non-secure 25320
            dial-peer voice 101 pots
             destination-pattern 5001
             port 0/0/1
            dial-peer voice 102 pots
             destination-pattern 5002
             port 0/0/2
            dial-peer voice 103 pots
             destination-pattern 5003
             port 0/0/3
            dial-peer voice 1 voip
             destination-pattern 6...
             session target ipv4:127.0.0.1:25325
            """;
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("pots", CONFIG);
        Gateway.CliResult installed = gateway.cli("feature:install voxgate-pots-sim");
        assertThat(installed.exitCode()).as(installed::toString).isZero();
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void sippCallsToAPotsPhoneAreAnsweredAndTheLineIsIdleAfterwards() {
        Sipp.Result caller = Sipp.call("pots-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.POTS_UAC, Ports.POTS_SIP,
                "5001", 5, 2, SIPP_TIMEOUT, java.util.List.of("-l", "1")); // one line: one call at a time
        assertThat(caller.exitCode()).as(caller::describe).isZero();
        assertThat(caller.output()).containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+5\\b");
        Gateway.CliResult status = gateway.cli("pots status");
        assertThat(status.exitCode()).as(status::toString).isZero();
        assertThat(status.output()).containsPattern("(?m)^0/0/1\\s+FXS\\s+IDLE\\b");
        Gateway.CliResult ports = gateway.cli("show voice port summary");
        assertThat(ports.output()).as(ports::toString).containsPattern("(?m)^0/0/1\\s+--\\s+fxs-ls\\s+up\\s+up\\s+on-hook\\s+idle");
    }

    @Test
    void aSecondCallToALineInUseGets486() {
        Sipp.Running first = Sipp.start("pots-busy-first", "uac-long-call.xml", Sipp.Transport.UDP, Ports.POTS_UAC + 1,
                Ports.POTS_SIP, 1, 1, SIPP_TIMEOUT, java.util.List.of("-s", "5002"));
        Sipp.Result second = null;
        try {
            awaitLine("0/0/2", "CONNECTED");
            Gateway.CliResult brief = gateway.cli("show call active voice brief");
            assertThat(brief.output()).as(brief::toString).contains("Telephony call-legs: 1").contains("SIP call-legs: 1")
                    .contains("Total call-legs: 2").contains("Tele 0/0/2");
            Gateway.CliResult sipCalls = gateway.cli("show sip-ua calls");
            assertThat(sipCalls.output()).as(sipCalls::toString).contains("User Agent Server:1").contains("5002");
            second = Sipp.call("pots-busy-second", "uac-call-busy.xml", Sipp.Transport.UDP, Ports.POTS_UAC + 2,
                    Ports.POTS_SIP, "5002", 1, 1, SIPP_TIMEOUT);
        } finally {
            Sipp.Result firstResult = first.await();
            assertThat(firstResult.exitCode()).as(firstResult::describe).isZero();
        }
        assertThat(second.exitCode()).as(second::describe).isZero();
    }

    @Test
    void aPhoneDialsASipNumberTheSippCalleeAnswersAndGetsTheByeWhenThePhoneHangsUp() {
        Sipp.Running callee = Sipp.server("pots-out-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.POTS_UAS, 1,
                SIPP_TIMEOUT);
        try {
            Gateway.CliResult dial = gateway.cli("pots dial 0/0/3 6001");
            assertThat(dial.exitCode()).as(dial::toString).isZero();
            awaitLine("0/0/3", "CONNECTED");
            Gateway.CliResult hangup = gateway.cli("pots hangup 0/0/3");
            assertThat(hangup.exitCode()).as(hangup::toString).isZero();
            Sipp.Result result = callee.await();
            assertThat(result.exitCode()).as(result::describe).isZero();
            assertThat(result.output()).containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+1\\b");
            awaitLine("0/0/3", "IDLE");
            assertThat(gateway.log()).contains("from port 0/0/3 (5003) to 6001");
        } finally {
            callee.stop();
        }
    }

    @Test
    void aPhoneCallsAnotherPhoneOnTheSameGateway() {
        Gateway.CliResult dial = gateway.cli("pots dial 0/0/3 5002");
        assertThat(dial.exitCode()).as(dial::toString).isZero();
        awaitLine("0/0/2", "CONNECTED");
        awaitLine("0/0/3", "CONNECTED");
        awaitAudio("0/0/2"); // each phone hears the other's tone: RTP flows both ways through the media relay
        awaitAudio("0/0/3");
        assertThat(gateway.cli("pots hangup 0/0/3").exitCode()).isZero();
        awaitLine("0/0/2", "IDLE");
        awaitLine("0/0/3", "IDLE");
    }

    /** Polls {@code pots status} (bounded) until the line has received RTP packets carrying audio energy. */
    private void awaitAudio(String port) {
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "(?m)^" + java.util.regex.Pattern.quote(port) + "\\s+FXS\\s+CONNECTED\\s+\\S+\\s+\\S+\\s+\\d+\\s+\\d+\\s+(\\d+)\\s+(\\d+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = gateway.cli("pots status").output();
            java.util.regex.Matcher m = row.matcher(last);
            if (m.find() && Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(2)) > 0) {
                return;
            }
            Gateway.pause(100);
        }
        org.assertj.core.api.Assertions.fail("line %s received no audio:%n%s", port, last);
    }

    /** Polls {@code pots status} (bounded) until the line shows the state. */
    private void awaitLine(String port, String state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = gateway.cli("pots status").output();
            if (last.matches("(?s).*(?m)^" + port + "\\s+FXS\\s+" + state + "\\b.*")) {
                return;
            }
            Gateway.pause(100);
        }
        org.assertj.core.api.Assertions.fail("line %s never reached %s:%n%s", port, state, last);
    }
}
