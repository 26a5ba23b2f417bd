package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** The peer's subscription to our keys: accepting it, reporting keys, one NOTIFY outstanding, ending it. */
class KpmlNotifierTest {
    private static final String IOS_REPORT_1 =
            "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"1\" tag=\"dtmf\"/>";

    private final FakeDtmfLeg leg = new FakeDtmfLeg();
    private final ManualTimer timer = new ManualTimer();
    private final KpmlSession session = new KpmlSession(leg, timer, false, true);

    private static DtmfRequest subscribe(String expires, String contentType, String body) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(List.of(Map.entry("Event", "kpml")));
        if (expires != null) {
            headers.add(Map.entry("Expires", expires));
        }
        return new DtmfRequest("SUBSCRIBE", headers, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static DtmfRequest subscribe(String expires, String pattern) {
        return subscribe(expires, "application/kpml-request+xml",
                "<kpml-request xmlns=\"urn:ietf:params:xml:ns:kpml-request\" version=\"1.0\">" + pattern
                        + "</kpml-request>");
    }

    private static DtmfRequest iosSubscribe() {
        return subscribe("7200", "application/kpml-request+xml", KpmlDocuments.REQUEST);
    }

    private static String expires(DtmfResponse r) {
        return r.headers().stream().filter(h -> h.getKey().equals("Expires")).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private void assertNotify(FakeDtmfLeg.Sent sent, String state, String body) {
        DtmfRequest n = sent.request();
        assertThat(n.method()).isEqualTo("NOTIFY");
        assertThat(n.headers()).containsExactly(Map.entry("Event", "kpml"), Map.entry("Subscription-State", state));
        if (body == null) {
            assertThat(n.contentType()).isNull();
            assertThat(n.body()).isEmpty();
        } else {
            assertThat(n.contentType()).isEqualTo("application/kpml-response+xml");
            assertThat(sent.body()).isEqualTo(body);
        }
    }

    @Test
    void acceptsTheIosSubscriptionAndConfirmsWithAnEmptyNotify() {
        DtmfResponse r = session.onRequest(iosSubscribe());
        assertThat(r.status()).isEqualTo(200);
        assertThat(expires(r)).isEqualTo("7200");
        assertThat(leg.sent).hasSize(1);
        assertNotify(leg.last(), "active;expires=7200", null);
        assertThat(session.describe()).isEqualTo("kpml in active");
    }

    @Test
    void eachKeyIsReportedInItsOwnNotifyOneAtATime() {
        session.onRequest(iosSubscribe());
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        timer.advance(10_000);
        assertThat(leg.sent).as("the confirming NOTIFY is unanswered").hasSize(1);
        leg.last().answer(200);
        assertThat(leg.sent).hasSize(2);
        assertNotify(leg.last(), "active;expires=7190", IOS_REPORT_1);
        leg.last().answer(200);
        assertThat(leg.sent).hasSize(3);
        assertThat(leg.last().body()).contains("digits=\"2\"");
        leg.last().answer(200);
        assertThat(leg.sent).hasSize(3);
    }

    @Test
    void onlyKeysTheRegexesMatchAreReportedWithTheirTags() {
        session.onRequest(subscribe("600", "<pattern persist=\"persist\"><regex tag=\"num\">[2-9]</regex>"
                + "<regex tag=\"end\">#</regex></pattern>"));
        leg.answerAtOnce = 200;
        leg.last().answer(200);
        for (char k : "12#*9".toCharArray()) {
            session.send(new DtmfDigit(k, 100));
        }
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::body).containsExactly("",
                "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"2\" tag=\"num\"/>",
                "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"#\" tag=\"end\"/>",
                "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"9\" tag=\"num\"/>");
    }

    @Test
    void oneShotEndsWithTheFirstReport() {
        session.onRequest(subscribe("600", "<pattern><regex tag=\"t\">x</regex></pattern>"));
        leg.last().answer(200);
        session.send(new DtmfDigit('4', 100));
        assertNotify(leg.last(), "terminated",
                "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"4\" tag=\"t\"/>");
        leg.last().answer(200);
        session.send(new DtmfDigit('5', 100));
        assertThat(leg.sent).hasSize(2);
        assertThat(timer.pending()).as("expiry cancelled").isZero();
        assertThat(session.describe()).isEmpty();
    }

    @Test
    void singleNotifyReportsOnceUntilANewRequest() {
        session.onRequest(subscribe("600", "<pattern persist=\"single-notify\"><regex>x</regex></pattern>"));
        leg.answerAtOnce = 200;
        leg.last().answer(200);
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        assertThat(leg.sent).hasSize(2);
        assertNotify(leg.last(), "active;expires=600",
                "<kpml-response version=\"1.0\" code=\"200\" text=\"OK\" digits=\"1\"/>");
        session.onRequest(subscribe("600", "<pattern persist=\"single-notify\"><regex>x</regex></pattern>"));
        session.send(new DtmfDigit('3', 100));
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::body).last().asString().contains("digits=\"3\"");
    }

    @Test
    void refreshWithoutBodyKeepsTheRequestAndRestartsExpiry() {
        session.onRequest(iosSubscribe());
        leg.answerAtOnce = 200;
        leg.last().answer(200);
        timer.advance(7_000_000);
        DtmfResponse r = session.onRequest(subscribe("7200", null, null));
        assertThat(r.status()).isEqualTo(200);
        assertNotify(leg.last(), "active;expires=7200", null);
        timer.advance(7_000_000);
        session.send(new DtmfDigit('1', 100));
        assertNotify(leg.last(), "active;expires=200", IOS_REPORT_1);
    }

    @Test
    void expiryEndsTheSubscription() {
        session.onRequest(subscribe("60", "<pattern persist=\"persist\"><regex>x</regex></pattern>"));
        leg.answerAtOnce = 200;
        leg.last().answer(200);
        timer.advance(59_999);
        assertThat(leg.sent).hasSize(1);
        timer.advance(1);
        assertNotify(leg.last(), "terminated;reason=timeout", null);
        session.send(new DtmfDigit('1', 100));
        assertThat(leg.sent).hasSize(2);
    }

    @Test
    void unsubscribeIsAnsweredAndConfirmed() {
        session.onRequest(iosSubscribe());
        leg.answerAtOnce = 200;
        leg.last().answer(200);
        DtmfResponse r = session.onRequest(subscribe("0", null, null));
        assertThat(r.status()).isEqualTo(200);
        assertThat(expires(r)).isEqualTo("0");
        assertNotify(leg.last(), "terminated;reason=timeout", null);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void expiresIsCappedAndDefaultsToTheKpmlDefault() {
        assertThat(expires(session.onRequest(subscribe("86400", "<pattern><regex>x</regex></pattern>"))))
                .isEqualTo("7200");
        assertThat(expires(session.onRequest(subscribe(null, "<pattern><regex>x</regex></pattern>"))))
                .isEqualTo("7200");
        assertThat(session.onRequest(subscribe("soon", "<pattern><regex>x</regex></pattern>")).status())
                .isEqualTo(400);
    }

    @Test
    void unservableRequestIsAcceptedAndEndedWithKpml501() {
        DtmfResponse r = session.onRequest(subscribe("600", "<pattern><regex>xxxx#</regex></pattern>"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(expires(r)).isEqualTo("0");
        assertNotify(leg.last(), "terminated;reason=rejected",
                "<kpml-response version=\"1.0\" code=\"501\" text=\"Bad Document\"/>");
        leg.last().answer(200);
        session.send(new DtmfDigit('1', 100));
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void sipLevelFaultsGetSipCodes() {
        assertThat(session.onRequest(subscribe("600", "application/kpml-request+xml", "<kpml-request")).status())
                .isEqualTo(400);
        DtmfResponse wrongType = session.onRequest(subscribe("600", "text/plain", "x"));
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.headers()).containsExactly(Map.entry("Accept", "application/kpml-request+xml"));
        assertThat(session.onRequest(subscribe("600", null, null)).status()).as("new, without a request")
                .isEqualTo(400);
        assertThat(leg.sent).isEmpty();
    }

    @Test
    void refusedWhenNotAccepting() {
        KpmlSession closedDoor = new KpmlSession(leg, timer, false, false);
        assertThat(closedDoor.onRequest(iosSubscribe()).status()).isEqualTo(489);
        assertThat(leg.sent).isEmpty();
    }

    @Test
    void keysWithoutASubscriptionAreDropped() {
        session.send(new DtmfDigit('1', 100));
        assertThat(leg.sent).isEmpty();
    }

    @Test
    void notifyFindingNoSubscriptionEndsOurs() {
        session.onRequest(iosSubscribe());
        session.send(new DtmfDigit('1', 100));
        leg.last().answer(481);
        assertThat(leg.sent).as("the queued report is dropped").hasSize(1);
        assertThat(timer.pending()).isZero();
        session.send(new DtmfDigit('2', 100));
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void otherNotifyFailuresKeepTheSubscription() {
        session.onRequest(iosSubscribe());
        session.send(new DtmfDigit('1', 100));
        leg.last().answer(500);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().body()).isEqualTo(IOS_REPORT_1);
    }

    @Test
    void closeDeactivatesThePeersSubscriptionAfterTheOutstandingNotify() {
        session.onRequest(iosSubscribe());
        session.send(new DtmfDigit('1', 100));
        session.close();
        session.close();
        assertThat(timer.pending()).isZero();
        assertThat(leg.sent).hasSize(1);
        leg.last().answer(200);
        assertThat(leg.sent).as("the queued report is dropped, the end is sent").hasSize(2);
        assertNotify(leg.last(), "terminated;reason=deactivated", null);
        session.send(new DtmfDigit('2', 100));
        assertThat(leg.sent).hasSize(2);
    }

    @Test
    void closeWithoutSubscriptionSendsNothing() {
        session.close();
        assertThat(leg.sent).isEmpty();
    }
}
