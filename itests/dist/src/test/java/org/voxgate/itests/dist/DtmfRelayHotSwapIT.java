package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hot swap of each DTMF relay bundle during a call (issue 6, ARCHITECTURE.md 2), with {@link DtmfUa} on both legs:
 * the caller sends keys by SIP INFO (by RFC 4733 when the INFO relay is the one swapped); the callee's dial peer lists the bundle's method first and a fallback second
 * (the callee UA offers both). Key 1 arrives by the method; the bundle is stopped: the call stays up and key 2
 * arrives by the fallback; the bundle is started again: the leg is handed back and key 3 arrives by the method. For
 * in-band (the last resort, never listed) there is no fallback: with the bundle stopped key 2 is not relayed, and
 * the call still stays up; started again, key 3 comes as tones. DtmfHotSwapIT does the same for sip-notify with SIPp.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DtmfRelayHotSwapIT {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("dtmf-relay-swap", """
                ! DtmfRelayHotSwapIT: called number 8M.. -> the callee's leg lists method M first
                voice service voip
                 allow-connections sip to sip
                 sip
                  listen-port non-secure 26420
                !
                dial-peer voice 100 voip
                 incoming called-number 8...
                 dtmf-relay sip-info
                !
                dial-peer voice 102 voip
                 description the sip-info case: the caller sends by RFC 4733 (its INFO relay is the one stopped)
                 incoming called-number 82..
                 dtmf-relay rtp-nte
                !
                dial-peer voice 1 voip
                 destination-pattern 81..
                 session target ipv4:127.0.0.1:26422
                 dtmf-relay rtp-nte sip-info
                !
                dial-peer voice 2 voip
                 destination-pattern 82..
                 session target ipv4:127.0.0.1:26422
                 dtmf-relay sip-info rtp-nte
                !
                dial-peer voice 3 voip
                 destination-pattern 83..
                 session target ipv4:127.0.0.1:26422
                 dtmf-relay sip-kpml sip-info
                !
                dial-peer voice 4 voip
                 destination-pattern 84..
                 session target ipv4:127.0.0.1:26422
                """);
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "org.voxgate.dtmf.rtpnte,   8100, RTP_NTE,  SIP_INFO, rtp-nte",
            "org.voxgate.dtmf.sipinfo,  8200, SIP_INFO, RTP_NTE,  sip-info",
            "org.voxgate.dtmf.kpml,     8300, SIP_KPML, SIP_INFO, sip-kpml",
            "org.voxgate.dtmf.inband,   8400, INBAND,   ,         inband-voice"})
    void stoppingTheBundleFallsBackAndStartingItHandsTheLegBack(String bundle, String number, DtmfMethod method,
            DtmfMethod fallback, String shown) {
        String id = gateway.bundleId(bundle);
        DtmfMethod[] offered = fallback == null ? new DtmfMethod[] {method} : new DtmfMethod[] {method, fallback};
        DtmfMethod callerMethod = method == DtmfMethod.SIP_INFO ? DtmfMethod.RTP_NTE : DtmfMethod.SIP_INFO;
        try (DtmfUa callee = new DtmfUa("swap-callee", Ports.DTMF_SWAP_CALLEE_SIP, Ports.DTMF_SWAP_CALLEE_RTP, offered);
             DtmfUa caller = new DtmfUa("swap-caller", Ports.DTMF_SWAP_CALLER_SIP, Ports.DTMF_SWAP_CALLER_RTP,
                     callerMethod)) {
            caller.call(number, Ports.DTMF_SWAP_SIP);
            callee.awaitCall(WAIT);
            if (method == DtmfMethod.SIP_KPML) {
                callee.subscribeKpml();
            }
            caller.sendDigits("1", 100, 60);
            assertThat(callee.awaitDigits(1, WAIT)).as(callee::sipTrace).extracting(DtmfDigit::method).containsExactly(method);

            assertThat(gateway.cli("stop " + id).exitCode()).isZero();
            if (fallback != null) {
                gateway.awaitCli("show sip-ua calls", s -> !s.contains(": " + shown + "\n"), WAIT, "the callee leg left " + shown);
                caller.sendDigits("2", 100, 60);
                assertThat(callee.awaitDigits(2, WAIT)).as(callee::sipTrace).extracting(DtmfDigit::key, DtmfDigit::method)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple('1', method),
                                org.assertj.core.groups.Tuple.tuple('2', fallback));
            } else {
                caller.sendDigits("2", 100, 60); // nowhere to go: no in-band relay, no other method listed
            }

            assertThat(gateway.cli("start " + id).exitCode()).isZero();
            gateway.awaitCli("show sip-ua calls", s -> s.contains("Negotiated Dtmf-relay    : " + shown + "\n") && count(s, "sip-info") >= 1,
                    WAIT, "the callee leg handed back to " + shown);
            if (method == DtmfMethod.SIP_KPML) {
                callee.subscribeKpml(); // the stopped relay ended the callee's subscription (deactivated)
            }
            caller.sendDigits("3", 100, 60);
            List<DtmfDigit> digits = callee.awaitDigits(fallback == null ? 2 : 3, WAIT);
            DtmfDigit last = digits.get(digits.size() - 1);
            assertThat(last.key()).as("%s%n%s", digits, callee.sipTrace()).isEqualTo('3');
            assertThat(last.method()).as("%s%n%s", digits, callee.sipTrace()).isEqualTo(method);
            if (fallback == null) {
                assertThat(digits).extracting(DtmfDigit::key).as("key 2 had no method to go by").containsExactly('1', '3');
            }
            caller.hangUp(); // answered 2xx: the call stayed up through the stop and the start
            callee.awaitHangUp(WAIT);
        } finally {
            gateway.cli("start " + id); // whatever failed, the next case finds every relay running
        }
    }


    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

}
