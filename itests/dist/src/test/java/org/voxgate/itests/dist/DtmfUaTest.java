package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Self-test of the DTMF test UA, without any gateway: UA a calls UA b on 127.0.0.1 and the sixteen keys go from a
 * to b and back from b to a by each method, arriving in order, once each, by that method, with their durations.
 */
class DtmfUaTest {
    private static final int DURATION_MS = 100;
    private static final int GAP_MS = 60;
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ParameterizedTest
    @EnumSource(DtmfMethod.class)
    void sixteenKeysGoFromCallerToCalleeAndBackByTheMethod(DtmfMethod method) {
        try (DtmfUa a = new DtmfUa("ua-a", Ports.DTMF_UA_A_SIP, Ports.DTMF_UA_A_RTP, method).ntePayloadType(96);
             DtmfUa b = new DtmfUa("ua-b", Ports.DTMF_UA_B_SIP, Ports.DTMF_UA_B_RTP, method)) {
            a.call("2000", Ports.DTMF_UA_B_SIP);
            b.awaitCall(WAIT);
            assertThat(a.peerMethods()).as("what b advertised").contains(method);
            assertThat(b.peerMethods()).as("what a advertised").contains(method);

            if (method == DtmfMethod.SIP_KPML) {
                b.subscribeKpml();
            }
            a.sendDigits(DtmfDigit.KEYS, DURATION_MS, GAP_MS);
            assertArrived(b.awaitDigits(16, WAIT), method);

            if (method == DtmfMethod.SIP_KPML) {
                a.subscribeKpml();
            }
            b.sendDigits(DtmfDigit.KEYS, DURATION_MS, GAP_MS);
            assertArrived(a.awaitDigits(16, WAIT), method);
            assertThat(b.receivedDigits()).as("b, after the keys went back: nothing more came").hasSize(16);
            if (method == DtmfMethod.SIP_KPML) {
                assertThat(a.kpmlRequests()).singleElement().asString().contains("[x*#ABCD]").contains("persist=\"persist\"");
            }

            a.hangUp();
            b.awaitHangUp(WAIT);
            assertThat(a.problems()).isEmpty();
            assertThat(b.problems()).isEmpty();
            assertThat(b.rtpPacketsReceived()).isPositive();
        }
    }

    @Test
    void ciscoNotifyKeyHeldLongerThanTheNegotiatedDurationIsUpdatedAndEndsWithItsRealDuration() {
        try (DtmfUa a = new DtmfUa("ua-a", Ports.DTMF_UA_A_SIP, Ports.DTMF_UA_A_RTP, DtmfMethod.SIP_NOTIFY);
             DtmfUa b = new DtmfUa("ua-b", Ports.DTMF_UA_B_SIP, Ports.DTMF_UA_B_RTP, DtmfMethod.SIP_NOTIFY)) {
            a.call("2000", Ports.DTMF_UA_B_SIP);
            a.sendDigits("5", 2300, 0);
            assertThat(b.awaitDigits(1, WAIT)).containsExactly(new DtmfDigit('5', 2300, DtmfMethod.SIP_NOTIFY));
            assertThat(b.problems()).isEmpty();
        }
    }

    @Test
    void kpmlOneShotSubscriptionEndsWithItsReportAndTheNextKeyWaitsForTheNextSubscribe() throws Exception {
        String oneShot = KpmlDtmf.REQUEST_BODY.replace("persist=\"persist\"", "persist=\"one-shot\"");
        try (DtmfUa a = new DtmfUa("ua-a", Ports.DTMF_UA_A_SIP, Ports.DTMF_UA_A_RTP, DtmfMethod.SIP_KPML);
             DtmfUa b = new DtmfUa("ua-b", Ports.DTMF_UA_B_SIP, Ports.DTMF_UA_B_RTP, DtmfMethod.SIP_KPML)) {
            a.call("2000", Ports.DTMF_UA_B_SIP);
            b.kpml.subscribe(oneShot);
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> a.sendDigits("12", DURATION_MS, GAP_MS));
            assertThat(b.awaitDigits(1, WAIT)).extracting(DtmfDigit::key).containsExactly('1');
            b.kpml.subscribe(oneShot);
            assertThat(b.awaitDigits(2, WAIT)).extracting(DtmfDigit::key).containsExactly('1', '2');
            sending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(b.problems()).as("b saw each one-shot subscription end").hasSize(2)
                    .allSatisfy(p -> assertThat(p).contains("terminated"));
            assertThat(a.problems()).isEmpty();
        }
    }

    @Test
    void kpmlNotifierReportsOnlyTheKeysTheSubscriptionAsksFor() {
        try (DtmfUa a = new DtmfUa("ua-a", Ports.DTMF_UA_A_SIP, Ports.DTMF_UA_A_RTP, DtmfMethod.SIP_KPML);
             DtmfUa b = new DtmfUa("ua-b", Ports.DTMF_UA_B_SIP, Ports.DTMF_UA_B_RTP, DtmfMethod.SIP_KPML)) {
            a.call("2000", Ports.DTMF_UA_B_SIP);
            b.kpml.subscribe(KpmlDtmf.REQUEST_BODY.replace("[x*#ABCD]", "x"));
            a.sendDigits("1*2#D3", DURATION_MS, GAP_MS);
            assertThat(b.awaitDigits(3, WAIT)).extracting(DtmfDigit::key).containsExactly('1', '2', '3');
            assertThat(a.kpmlRequests()).singleElement().asString().contains(">x</regex>");
        }
    }

    @Test
    void digitsByAMethodTheReceiverDidNotAdvertiseAreStillObservedAsSuch() {
        try (DtmfUa a = new DtmfUa("ua-a", Ports.DTMF_UA_A_SIP, Ports.DTMF_UA_A_RTP, DtmfMethod.SIP_INFO);
             DtmfUa b = new DtmfUa("ua-b", Ports.DTMF_UA_B_SIP, Ports.DTMF_UA_B_RTP, DtmfMethod.RTP_NTE)) {
            a.call("2000", Ports.DTMF_UA_B_SIP);
            assertThat(a.peerMethods()).containsExactlyInAnyOrder(DtmfMethod.RTP_NTE, DtmfMethod.INBAND);
            a.sendDigits("9*", DURATION_MS, GAP_MS);
            assertThat(b.awaitDigits(2, WAIT)).containsExactly(new DtmfDigit('9', DURATION_MS, DtmfMethod.SIP_INFO),
                    new DtmfDigit('*', DURATION_MS, DtmfMethod.SIP_INFO));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 37, 80, 123})
    void inBandDetectorFindsToneNotAlignedToFramesWithinOneFramePerEdge(int offset) {
        List<DtmfDigit> found = new ArrayList<>();
        GoertzelDetector detector = new GoertzelDetector(found::add);
        byte[] audio = new byte[8000];
        System.arraycopy(ToneGenerator.silence(audio.length), 0, audio, 0, audio.length);
        int at = 1600 + offset;
        for (char key : "7#".toCharArray()) {
            System.arraycopy(ToneGenerator.tone(key, 0, 800), 0, audio, at, 800); // 100 ms
            at += 800 + 480; // 60 ms gap
        }
        for (int i = 0; i < audio.length; i += 240) { // 30 ms packets: framing is the detector's own
            detector.feed(audio, i, Math.min(240, audio.length - i));
        }
        assertThat(found).extracting(DtmfDigit::key).containsExactly('7', '#');
        assertThat(found).allSatisfy(d -> assertThat(d.durationMs()).isBetween(80, 120));
    }

    @Test
    void kpmlRegexesBecomeJavaRegexes() {
        assertThat("5").matches(KpmlDtmf.javaRegex("[x*#ABCD]"));
        assertThat("*").matches(KpmlDtmf.javaRegex("[x*#ABCD]"));
        assertThat("#").matches(KpmlDtmf.javaRegex("[x*#ABCD]"));
        assertThat("7").matches(KpmlDtmf.javaRegex("x"));
        assertThat("*").doesNotMatch(KpmlDtmf.javaRegex("x"));
        assertThat("1").doesNotMatch(KpmlDtmf.javaRegex("[2-9]"));
        assertThat("1").matches(KpmlDtmf.javaRegex("[^2-9]"));
    }

    /** The sixteen keys in order, each once, by that method, durations ±30 ms (in-band ±40 ms, KPML has none). */
    static void assertArrived(List<DtmfDigit> digits, DtmfMethod method) {
        String keys = digits.stream().map(d -> String.valueOf(d.key())).collect(Collectors.joining());
        assertThat(keys).as("keys in arrival order: %s", digits).isEqualTo(DtmfDigit.KEYS);
        assertThat(digits).as("method of each").allSatisfy(d -> assertThat(d.method()).isEqualTo(method));
        if (method.carriesDuration()) {
            int tolerance = method == DtmfMethod.INBAND ? 40 : 30;
            assertThat(digits).as("durations").allSatisfy(d -> assertThat(d.durationMs()).isBetween(DURATION_MS - tolerance,
                    DURATION_MS + tolerance));
        }
    }
}
