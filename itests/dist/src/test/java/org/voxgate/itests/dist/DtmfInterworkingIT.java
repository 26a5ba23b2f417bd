package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DTMF interworking through the B2BUA (issue 6): for every pair of methods (caller leg × callee leg, 25 calls) a
 * {@link DtmfUa} caller calls a {@link DtmfUa} callee through one gateway, and the sixteen keys go from the caller
 * to the callee and then from the callee back to the caller; each side must see them in order, once each, by its
 * own leg's method only, with their durations.
 * <p>
 * Routing: the called number is {@code S D 0 0}, S = 1 + the caller's method ordinal, D = 1 + the callee's. The
 * inbound dial peer {@code 10S} matches {@code incoming called-number S...} and carries the caller leg's
 * {@code dtmf-relay}; the outbound dial peer {@code 20D} matches {@code destination-pattern .D..} and sends to the
 * callee UA of that method with the callee leg's {@code dtmf-relay}. In-band peers have no dtmf-relay line.
 * <p>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DtmfInterworkingIT {
    private static final int DURATION_MS = 100;
    private static final int GAP_MS = 60;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("dtmf", config());
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    static String config() {
        StringBuilder c = new StringBuilder("""
                ! DtmfInterworkingIT: DtmfUa callers and callees on 127.0.0.1, one inbound and one outbound peer per method
                voice service voip
                 allow-connections sip to sip
                 sip
                  listen-port non-secure %d
                !
                """.formatted(Ports.DTMF_SIP));
        for (DtmfMethod m : DtmfMethod.values()) {
            int i = m.ordinal() + 1;
            c.append("dial-peer voice 10").append(i).append(" voip\n")
                    .append(" description inbound, caller leg by ").append(m.keyword() == null ? "in-band" : m.keyword()).append('\n')
                    .append(" incoming called-number ").append(i).append("...\n")
                    .append(" session protocol sipv2\n")
                    .append(m.dialPeerLine())
                    .append("!\n");
        }
        for (DtmfMethod m : DtmfMethod.values()) {
            int i = m.ordinal() + 1;
            c.append("dial-peer voice 20").append(i).append(" voip\n")
                    .append(" description outbound, callee leg by ").append(m.keyword() == null ? "in-band" : m.keyword()).append('\n')
                    .append(" destination-pattern .").append(i).append("..\n")
                    .append(" session protocol sipv2\n")
                    .append(" session target ipv4:127.0.0.1:").append(Ports.DTMF_CALLEE_SIP + m.ordinal()).append('\n')
                    .append(m.dialPeerLine())
                    .append("!\n");
        }
        return c.toString();
    }

    static Stream<Arguments> pairs() {
        return Stream.of(DtmfMethod.values()).flatMap(from -> Stream.of(DtmfMethod.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "caller {0}, callee {1}")
    @MethodSource("pairs")
    void sixteenKeysCrossTheGatewayBothWays(DtmfMethod callerMethod, DtmfMethod calleeMethod) {
        int s = callerMethod.ordinal();
        int d = calleeMethod.ordinal();
        String number = "" + (s + 1) + (d + 1) + "00";
        try (DtmfUa callee = new DtmfUa("callee-" + d, Ports.DTMF_CALLEE_SIP + d, Ports.DTMF_CALLEE_RTP + 2 * d, calleeMethod);
             DtmfUa caller = new DtmfUa("caller-" + s, Ports.DTMF_CALLER_SIP + s, Ports.DTMF_CALLER_RTP + 2 * s, callerMethod)) {
            caller.call(number, Ports.DTMF_SIP);
            callee.awaitCall(WAIT);
            assertThat(caller.peerMethods()).as("what the gateway offered the caller (inbound peer 10%d)", s + 1).contains(callerMethod);
            assertThat(callee.peerMethods()).as("what the gateway offered the callee (outbound peer 20%d)", d + 1).contains(calleeMethod);

            // caller -> callee; a KPML receiver subscribes to the gateway, a KPML sender waits for the gateway's SUBSCRIBE
            if (calleeMethod == DtmfMethod.SIP_KPML) {
                callee.subscribeKpml();
            }
            send(caller, callee);
            assertArrived(callee, callee.awaitDigits(16, WAIT), callerMethod, calleeMethod, caller);

            // callee -> caller
            if (callerMethod == DtmfMethod.SIP_KPML) {
                caller.subscribeKpml();
            }
            send(callee, caller);
            assertArrived(caller, caller.awaitDigits(16, WAIT), calleeMethod, callerMethod, callee);
            assertThat(callee.receivedDigits()).as("callee: nothing more after the keys went back").hasSize(16);

            caller.hangUp();
            callee.awaitHangUp(WAIT);
            assertThat(caller.problems()).as(caller::sipTrace).isEmpty();
            assertThat(callee.problems()).as(callee::sipTrace).isEmpty();
        }
    }

    /** The sixteen keys from {@code sender}; a sender that cannot send (e.g. no KPML subscription came) fails with both SIP traces. */
    private static void send(DtmfUa sender, DtmfUa receiver) {
        try {
            sender.sendDigits(DtmfDigit.KEYS, DURATION_MS, GAP_MS);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage() + "\n--- sender " + sender + " SIP:\n" + sender.sipTrace()
                    + "\n--- receiver " + receiver + " SIP:\n" + receiver.sipTrace(), e);
        }
    }

    /**
     * The sixteen keys in order, once each, all by the receiving leg's method. Durations ±30 ms, ±40 ms when either
     * leg is in-band (detection works in 20 ms frames); not checked when the receiver's method has none (KPML) or the
     * sender's (KPML: the gateway makes one up).
     */
    private static void assertArrived(DtmfUa receiver, List<DtmfDigit> digits, DtmfMethod sent, DtmfMethod expected, DtmfUa sender) {
        String keys = digits.stream().map(d -> String.valueOf(d.key())).collect(Collectors.joining());
        String context = receiver + " from " + sender + "\n--- receiver SIP:\n" + receiver.sipTrace() + "\n--- sender SIP:\n" + sender.sipTrace();
        assertThat(keys).as(() -> "keys in arrival order " + digits + " at " + context).isEqualTo(DtmfDigit.KEYS);
        assertThat(digits).as(() -> "method of each, at " + context).allSatisfy(d -> assertThat(d.method()).isEqualTo(expected));
        if (expected.carriesDuration() && sent.carriesDuration()) {
            int tolerance = sent == DtmfMethod.INBAND || expected == DtmfMethod.INBAND ? 40 : 30;
            assertThat(digits).as(() -> "durations, at " + context)
                    .allSatisfy(d -> assertThat(d.durationMs()).isBetween(DURATION_MS - tolerance, DURATION_MS + tolerance));
        }
    }
}
