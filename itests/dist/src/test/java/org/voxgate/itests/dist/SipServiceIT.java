package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * {@code voice service voip / sip / call service stop [forced]}: shut gracefully, the calls up finish and new INVITEs
 * get 503; forced, the gateway releases the calls up with BYE on both legs. {@code show sip service} says which.
 */
class SipServiceIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONFIG = """
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 25640
            dial-peer voice 1 voip
             destination-pattern 6...
             session target ipv4:127.0.0.1:25641
            """;
    private Gateway gateway;
    private Sipp.Running callee;
    private Sipp.Running caller;

    @AfterEach
    void stop() {
        for (Sipp.Running s : new Sipp.Running[] {caller, callee}) {
            if (s != null) {
                s.stop();
            }
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void gracefulStopLetsTheCallsUpFinishAndRefusesNewOnesWith503() throws IOException {
        gateway = Gateway.start("service-graceful", CONFIG);
        assertThat(gateway.cli("show sip service").output()).contains("SIP Service is up");
        callee = Sipp.server("service-graceful-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.SERVICE_UAS, 5, SIPP_TIMEOUT);
        caller = Sipp.start("service-graceful-uac", "uac-long-call.xml", Sipp.Transport.UDP, Ports.SERVICE_UAC,
                Ports.SERVICE_SIP, 5, 10, SIPP_TIMEOUT, java.util.List.of("-s", "6001"));
        awaitLegs(10);

        apply("voice service voip\n sip\n  call service stop\n");
        assertThat(gateway.cli("show sip service").output())
                .contains("SIP service is shut under 'voice service voip', 'sip' submode");
        assertThat(invite("6002")).as("a new call while shut").isEqualTo(503);

        Sipp.Result callerResult = caller.await();
        assertThat(callerResult.exitCode()).as(callerResult::describe).isZero(); // the 5 calls up finished normally
        assertThat(callee.await().exitCode()).isZero();

        apply("voice service voip\n sip\n  no call service stop\n");
        assertThat(gateway.cli("show sip service").output()).contains("SIP Service is up");
    }

    @Test
    void forcedStopReleasesTheCallsUpWithByeOnBothLegs() throws IOException {
        gateway = Gateway.start("service-forced", CONFIG);
        callee = Sipp.server("service-forced-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.SERVICE_UAS, 5, SIPP_TIMEOUT);
        caller = Sipp.start("service-forced-uac", "uac-call-callee-hangs-up.xml", Sipp.Transport.UDP, Ports.SERVICE_UAC,
                Ports.SERVICE_SIP, 5, 10, SIPP_TIMEOUT, java.util.List.of("-s", "6001"));
        awaitLegs(10);

        apply("voice service voip\n sip\n  call service stop forced\n");
        Sipp.Result callerResult = caller.await(); // each caller waits for a BYE: the gateway must send it
        assertThat(callerResult.exitCode()).as(callerResult::describe).isZero();
        Sipp.Result calleeResult = callee.await(); // each callee too
        assertThat(calleeResult.exitCode()).as(calleeResult::describe).isZero();
        assertThat(gateway.cli("show sip service").output()).contains("SIP service is forced shut");
        assertThat(gateway.log()).contains("releasing 5 call(s)");
    }

    private void apply(String config) throws IOException {
        Path file = Files.writeString(Files.createTempFile(gateway.diagnostics(), "change-", ".conf"), config);
        Gateway.CliResult r = gateway.cli("copy " + file.toAbsolutePath() + " running-config");
        assertThat(r.exitCode()).as(r::toString).isZero();
    }

    /** Bounded poll of {@code show call active voice brief} until that many SIP legs are up. */
    private void awaitLegs(int legs) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = gateway.cli("show call active voice brief").output();
            if (last.contains("SIP call-legs: " + legs + "\n") && last.split(" active", -1).length > legs) {
                return;
            }
            Gateway.pause(100);
        }
        fail("never %d SIP legs up:%n%s", legs, last);
    }

    private static int invite(String number) throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.SERVICE_PROBE_UDP, Ports.SERVICE_SIP)) {
            Optional<Response> r = udp.exchange(Request.of("INVITE").to(number), Duration.ofSeconds(5));
            assertThat(r).as("final response").isPresent();
            return r.get().status();
        }
    }
}
