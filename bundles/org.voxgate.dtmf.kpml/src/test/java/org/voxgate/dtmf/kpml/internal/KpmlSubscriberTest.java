package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Our subscription to the peer's keys: SUBSCRIBE, refresh, the peer's NOTIFYs, re-subscribe, unsubscribe. */
class KpmlSubscriberTest {
    private final FakeDtmfLeg leg = new FakeDtmfLeg();
    private final ManualTimer timer = new ManualTimer();
    private final KpmlSession session = new KpmlSession(leg, timer, true, true);

    private static DtmfRequest notify(String state, String body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(List.of(Map.entry("Event", "kpml")));
        if (state != null) {
            headers.add(Map.entry("Subscription-State", state));
        }
        return new DtmfRequest("NOTIFY", headers, body == null ? null : "application/kpml-response+xml",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String report(String digits) {
        return "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"" + digits + "\" tag=\"dtmf\"/>";
    }

    private int status(DtmfRequest r) {
        return session.onRequest(r).status();
    }

    @Test
    void attachSubscribesInDialogWithTheIosRequest() {
        assertThat(leg.sent).hasSize(1);
        DtmfRequest s = leg.last().request();
        assertThat(s.method()).isEqualTo("SUBSCRIBE");
        assertThat(s.headers()).containsExactly(Map.entry("Event", "kpml"), Map.entry("Expires", "7200"));
        assertThat(s.contentType()).isEqualTo("application/kpml-request+xml");
        assertThat(leg.last().body()).isEqualTo(KpmlDocuments.REQUEST);
        assertThat(session.describe()).isEqualTo("kpml out subscribing");
    }

    @Test
    void refreshesThirtyTwoSecondsBeforeExpiry() {
        leg.last().answer(200, "Expires", "7200");
        assertThat(session.describe()).isEqualTo("kpml out active");
        timer.advance((7200 - 32) * 1000L - 1);
        assertThat(leg.sent).hasSize(1);
        timer.advance(1);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().header("Expires")).isEqualTo("7200");
        assertThat(leg.last().body()).as("a refresh repeats the request").isEqualTo(KpmlDocuments.REQUEST);
        leg.last().answer(200, "Expires", "7200");
        timer.advance((7200 - 32) * 1000L);
        assertThat(leg.sent).hasSize(3);
    }

    @Test
    void refreshFollowsTheGrantedExpires() {
        leg.last().answer(200, "Expires", "40");
        timer.advance(19_999);
        assertThat(leg.sent).hasSize(1);
        timer.advance(1);
        assertThat(leg.sent).as("short grants refresh at half-time").hasSize(2);
    }

    @Test
    void noSecondSubscribeWhileOneIsInFlight() {
        timer.advance(100_000_000);
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void intervalTooBriefIsRetriedOnceWithMinExpires() {
        leg.last().answer(423, "Min-Expires", "9000");
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().header("Expires")).isEqualTo("9000");
        leg.last().answer(423, "Min-Expires", "10000");
        assertThat(leg.sent).hasSize(2);
        assertThat(session.describe()).isEqualTo("kpml out terminated");
    }

    @Test
    void refusedSubscribeMeansNoDigitsAndNoRetry() {
        leg.last().answer(489);
        timer.advance(100_000_000);
        assertThat(leg.sent).hasSize(1);
        assertThat(status(notify("active", report("1")))).isEqualTo(481);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void reportedKeysAreRelayedWithTheDefaultDuration() {
        leg.last().answer(200, "Expires", "7200");
        assertThat(status(notify("active;expires=7200", null))).as("initial NOTIFY without body").isEqualTo(200);
        assertThat(status(notify("active;expires=7190", report("5")))).isEqualTo(200);
        assertThat(status(notify("active;expires=7180", report("#*a")))).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('5', 250), new DtmfDigit('#', 250),
                new DtmfDigit('*', 250), new DtmfDigit('A', 250));
    }

    @Test
    void notifyBeforeTheSubscribeIsAnsweredIsTaken() {
        assertThat(status(notify("active;expires=7200", null))).isEqualTo(200);
        assertThat(status(notify("active;expires=7200", report("9")))).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('9', 250));
    }

    @Test
    void reportsWithoutSuccessCarryNoKeys() {
        leg.last().answer(200);
        String timeout = "<kpml-response version=\"1.0\" code=\"423\" text=\"Timer Expired\" digits=\"12\"/>";
        assertThat(status(notify("active", timeout))).isEqualTo(200);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void wrongBodiesAreRefused() {
        leg.last().answer(200);
        DtmfRequest text = new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "kpml")), "text/plain",
                "1".getBytes(StandardCharsets.UTF_8));
        assertThat(status(text)).isEqualTo(415);
        assertThat(status(notify("active", "<kpml-response digits=\"1\"/>"))).isEqualTo(400);
        assertThat(status(notify("active", "garbage"))).isEqualTo(400);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void terminatedSubscriptionIsRenewedOnceOnly() {
        leg.last().answer(200, "Expires", "7200");
        assertThat(status(notify("terminated;reason=deactivated", null))).isEqualTo(200);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().header("Expires")).isEqualTo("7200");
        assertThat(timer.pending()).as("the old refresh is cancelled").isZero();
        leg.last().answer(200, "Expires", "7200");
        assertThat(status(notify("terminated", null))).isEqualTo(200);
        assertThat(leg.sent).hasSize(2);
        assertThat(status(notify("active", report("1")))).isEqualTo(481);
    }

    @Test
    void terminationThatForbidsRetryIsNotRenewed() {
        leg.last().answer(200);
        assertThat(status(notify("terminated;reason=rejected", report("3")))).isEqualTo(200);
        assertThat(leg.received).as("the final report still counts").containsExactly(new DtmfDigit('3', 250));
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void closeUnsubscribesAndCancelsTheRefresh() {
        leg.last().answer(200, "Expires", "7200");
        assertThat(timer.pending()).isEqualTo(1);
        session.close();
        session.close();
        assertThat(timer.pending()).isZero();
        assertThat(leg.sent).hasSize(2);
        DtmfRequest un = leg.last().request();
        assertThat(un.method()).isEqualTo("SUBSCRIBE");
        assertThat(un.headers()).containsExactly(Map.entry("Event", "kpml"), Map.entry("Expires", "0"));
        assertThat(un.contentType()).isNull();
        assertThat(un.body()).isEmpty();
    }

    @Test
    void closeWhileSubscribingUnsubscribesOnceAnswered() {
        session.close();
        assertThat(leg.sent).hasSize(1);
        leg.sent.get(0).answer(200, "Expires", "7200");
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().header("Expires")).isEqualTo("0");
        assertThat(timer.pending()).isZero();
    }

    @Test
    void closeWhileSubscribingThatFailsSendsNothingMore() {
        session.close();
        leg.sent.get(0).answer(408);
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void closeAfterTerminationSendsNothing() {
        leg.last().answer(481);
        session.close();
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void withoutOriginateThereIsNoSubscribeAndNotifiesAreUnknown() {
        FakeDtmfLeg quiet = new FakeDtmfLeg();
        KpmlSession s = new KpmlSession(quiet, timer, false, true);
        assertThat(quiet.sent).isEmpty();
        assertThat(s.onRequest(notify("active", report("1"))).status()).isEqualTo(481);
        assertThat(quiet.received).isEmpty();
        assertThat(s.describe()).isEmpty();
        s.close();
        assertThat(quiet.sent).isEmpty();
    }

    @Test
    void otherEventsAndMethodsAreLeftToTheCore() {
        DtmfRequest dialog = new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "dialog")), null, null);
        DtmfRequest info = new DtmfRequest("INFO", List.of(Map.entry("Event", "kpml")), null, null);
        DtmfRequest none = new DtmfRequest("NOTIFY", List.of(), null, null);
        assertThat(session.onRequest(dialog)).isNull();
        assertThat(session.onRequest(info)).isNull();
        assertThat(session.onRequest(none)).isNull();
    }

    @Test
    void compactEventHeaderIsKpmlToo() {
        leg.last().answer(200);
        DtmfRequest compact = new DtmfRequest("NOTIFY", List.of(Map.entry("o", "KPML;id=1")),
                "application/kpml-response+xml", report("0").getBytes(StandardCharsets.UTF_8));
        assertThat(status(compact)).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('0', 250));
    }
}
