package org.voxgate.dtmf.sipinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

class SipInfoSessionTest {
    private final FakeDtmfLeg leg = new FakeDtmfLeg();
    private final SipInfoSession session = new SipInfoSession(leg);

    private static DtmfRequest request(String method, String contentType, String body) {
        return new DtmfRequest(method, List.of(), contentType, body == null ? null : body.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void dtmfRelayInfoIsAnswered200AndReported() {
        DtmfResponse r = session.onRequest(request("INFO", "application/dtmf-relay", "Signal= 1\r\nDuration= 160\r\n"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 160));
    }

    @Test
    void contentTypeIsMatchedWithoutCaseOrParameters() {
        session.onRequest(request("info", "Application/DTMF-Relay; charset=us-ascii", "signal=5\nduration=300"));
        assertThat(leg.received).containsExactly(new DtmfDigit('5', 300));
    }

    @Test
    void bareDtmfInfoGetsTheDefaultDuration() {
        assertThat(session.onRequest(request("INFO", "application/dtmf", "#")).status()).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('#', 250));
    }

    @Test
    void garbledDtmfBodyIs400AndNothingIsReported() {
        assertThat(session.onRequest(request("INFO", "application/dtmf-relay", "Signal= Z")).status()).isEqualTo(400);
        assertThat(session.onRequest(request("INFO", "application/dtmf-relay", null)).status()).isEqualTo(400);
        assertThat(session.onRequest(request("INFO", "application/dtmf", "12")).status()).isEqualTo(400);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void hookFlashIsTakenButNotReported() {
        assertThat(session.onRequest(request("INFO", "application/dtmf-relay", "Signal= hf\r\n")).status())
                .isEqualTo(200);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void otherInfoAndOtherMethodsAreLeftToTheCore() {
        assertThat(session.onRequest(request("INFO", "application/media_control+xml", "<x/>"))).isNull();
        assertThat(session.onRequest(request("INFO", null, null))).isNull();
        assertThat(session.onRequest(request("NOTIFY", "application/dtmf-relay", "Signal= 1"))).isNull();
        assertThat(leg.received).isEmpty();
    }

    @Test
    void sendsInfoWithTheExactIosBody() {
        session.send(new DtmfDigit('9', 200));
        assertThat(leg.sent).hasSize(1);
        DtmfRequest info = leg.last().request();
        assertThat(info.method()).isEqualTo("INFO");
        assertThat(info.contentType()).isEqualTo("application/dtmf-relay");
        assertThat(info.headers()).isEmpty();
        assertThat(leg.last().body()).isEqualTo("Signal= 9\r\nDuration= 200\r\n");
    }

    @Test
    void onlyOneInfoIsOutstandingAndTheQueueKeepsOrder() {
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        session.send(new DtmfDigit('3', 100));
        assertThat(leg.sent).hasSize(1);
        assertThat(session.describe()).isEqualTo("info queued 2");

        leg.sent.get(0).answer(200);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.sent.get(1).body()).startsWith("Signal= 2\r\n");

        leg.sent.get(1).answer(408); // a failed INFO does not stall the keys behind it
        assertThat(leg.sent).hasSize(3);
        assertThat(leg.sent.get(2).body()).startsWith("Signal= 3\r\n");
        leg.sent.get(2).answer(200);
        assertThat(session.describe()).isEmpty();

        session.send(new DtmfDigit('4', 100));
        assertThat(leg.sent).hasSize(4);
    }

    @Test
    void aResponseThatCompletesAtOnceStillSendsTheQueueInOrder() {
        FakeDtmfLeg instant = new FakeDtmfLeg();
        instant.answerAtOnce = 200;
        SipInfoSession s = new SipInfoSession(instant);
        s.send(new DtmfDigit('1', 100));
        s.send(new DtmfDigit('2', 100));
        assertThat(instant.sent).extracting(FakeDtmfLeg.Sent::body)
                .containsExactly("Signal= 1\r\nDuration= 100\r\n", "Signal= 2\r\nDuration= 100\r\n");
    }

    @Test
    void closeDropsQueuedKeysAndIgnoresLateResponses() {
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        session.close();
        session.close(); // idempotent
        leg.sent.get(0).answer(200);
        session.send(new DtmfDigit('3', 100));
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void extraHeadersOnRequestsDoNotMatter() {
        DtmfRequest r = new DtmfRequest("INFO", List.of(Map.entry("Info-Package", "dtmf")), "application/dtmf", "3"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(session.onRequest(r).status()).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('3', 250));
    }
}
