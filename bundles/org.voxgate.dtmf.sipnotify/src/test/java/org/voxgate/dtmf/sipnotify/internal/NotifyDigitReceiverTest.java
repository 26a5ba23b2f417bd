package org.voxgate.dtmf.sipnotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Receiving keys: each press reported once, with its real duration where the peer gives one. */
class NotifyDigitReceiverTest {
    private final FakeDtmfLeg leg = new FakeDtmfLeg();
    private final ManualTimer timer = new ManualTimer();
    private final SipNotifySession session = new SipNotifySession(leg, timer, 2000);

    private static DtmfRequest notify(int event, boolean end, int durationMs) {
        return new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "telephone-event"),
                Map.entry("Subscription-State", "active")), "audio/telephone-event",
                new TelephoneEvent(event, end, durationMs).encode());
    }

    private int status(int event, boolean end, int durationMs) {
        return session.onRequest(notify(event, end, durationMs)).status();
    }

    @Test
    void keyIsReportedOnceAtItsEndWithItsRealDuration() {
        assertThat(status(1, false, 2000)).isEqualTo(200);
        assertThat(leg.received).isEmpty();
        timer.advance(180);
        assertThat(status(1, true, 180)).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 180));
        timer.advance(10_000);
        assertThat(leg.received).hasSize(1);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void updatesOfAHeldKeyMoveTheTimerOn() {
        status(10, false, 2000);
        timer.advance(1990);
        status(10, false, 4000);
        timer.advance(1990);
        status(10, false, 6000);
        timer.advance(500);
        status(10, true, 4480);
        assertThat(leg.received).containsExactly(new DtmfDigit('*', 4480));
    }

    @Test
    void timerExpiryReportsTheKeyAndItsNotifiesAreIgnoredUntilTheEnd() {
        status(5, false, 2000);
        timer.advance(1999);
        assertThat(leg.received).isEmpty();
        timer.advance(1);
        assertThat(leg.received).containsExactly(new DtmfDigit('5', 2000));
        assertThat(status(5, false, 4000)).isEqualTo(200);
        assertThat(status(5, true, 4300)).isEqualTo(200);
        assertThat(leg.received).hasSize(1);
        status(5, false, 2000); // after its E=1 the same key is a new press
        status(5, true, 120);
        assertThat(leg.received).containsExactly(new DtmfDigit('5', 2000), new DtmfDigit('5', 120));
    }

    @Test
    void sameKeyStartingAgainAfterATimeoutIsANewPress() {
        status(5, false, 2000);
        timer.advance(2000);
        status(5, false, 4000); // update of the timed-out press: ignored
        timer.advance(3000);
        status(5, false, 2000); // its E=1 never came; this is the next press
        timer.advance(120);
        status(5, true, 120);
        assertThat(leg.received).containsExactly(new DtmfDigit('5', 2000), new DtmfDigit('5', 120));
    }

    @Test
    void sameKeyStartingAgainBeforeItsEndIsANewPress() {
        status(6, false, 2000);
        timer.advance(400);
        status(6, false, 2000);
        timer.advance(100);
        status(6, true, 100);
        assertThat(leg.received).containsExactly(new DtmfDigit('6', 400), new DtmfDigit('6', 100));
    }

    @Test
    void differentKeyPreemptsWithTheTimeHeldSoFar() {
        status(1, false, 2000);
        timer.advance(300);
        status(2, false, 2000);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 300));
        timer.advance(150);
        status(2, true, 150);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 300), new DtmfDigit('2', 150));
        timer.advance(5000);
        assertThat(leg.received).hasSize(2);
    }

    @Test
    void differentKeyAfterATimeoutDoesNotReportTheFirstAgain() {
        status(3, false, 2000);
        timer.advance(2000);
        status(4, false, 2000);
        status(4, true, 100);
        assertThat(leg.received).containsExactly(new DtmfDigit('3', 2000), new DtmfDigit('4', 100));
    }

    @Test
    void endOfADifferentKeyPreemptsAndIsReported() {
        status(1, false, 2000);
        timer.advance(200);
        status(9, true, 90);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 200), new DtmfDigit('9', 90));
    }

    @Test
    void endWithoutAStartIsReported() {
        status(15, true, 250);
        assertThat(leg.received).containsExactly(new DtmfDigit('D', 250));
    }

    @Test
    void zeroDurationsBecomeOneMillisecond() {
        status(0, true, 0);
        status(6, false, 2000);
        status(7, false, 2000);
        assertThat(leg.received).containsExactly(new DtmfDigit('0', 1), new DtmfDigit('6', 1));
    }

    @Test
    void flashAndUnknownEventsAreTakenButNotReported() {
        assertThat(status(16, false, 2000)).isEqualTo(200);
        assertThat(status(16, true, 500)).isEqualTo(200);
        assertThat(status(200, true, 500)).isEqualTo(200);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void wrongBodiesAreRefused() {
        DtmfRequest shortBody = new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "telephone-event")),
                "audio/telephone-event", new byte[] { 1, 0, 7 });
        DtmfRequest text = new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "telephone-event")), "text/plain",
                new byte[] { 1, 0, 7, 0 });
        DtmfRequest none = new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "telephone-event")), null, null);
        assertThat(session.onRequest(shortBody).status()).isEqualTo(400);
        assertThat(session.onRequest(text).status()).isEqualTo(415);
        assertThat(session.onRequest(none).status()).isEqualTo(415);
        assertThat(leg.received).isEmpty();
    }

    @Test
    void eventHeaderIsMatchedLooselyIncludingItsCompactForm() {
        DtmfRequest compact = new DtmfRequest("notify", List.of(Map.entry("o", "Telephone-Event;id=1")),
                "Audio/Telephone-Event", new TelephoneEvent(8, true, 100).encode());
        assertThat(session.onRequest(compact).status()).isEqualTo(200);
        assertThat(leg.received).containsExactly(new DtmfDigit('8', 100));
    }

    @Test
    void otherRequestsAreLeftToTheCore() {
        byte[] body = new TelephoneEvent(1, true, 100).encode();
        assertThat(session.onRequest(new DtmfRequest("NOTIFY", List.of(Map.entry("Event", "kpml")),
                "audio/telephone-event", body))).isNull();
        assertThat(session.onRequest(new DtmfRequest("NOTIFY", List.of(), "audio/telephone-event", body))).isNull();
        assertThat(session.onRequest(new DtmfRequest("INFO", List.of(Map.entry("Event", "telephone-event")),
                "audio/telephone-event", body))).isNull();
        assertThat(leg.received).isEmpty();
    }

    @Test
    void closeDropsAHeldKeyAndCancelsItsTimer() {
        status(1, false, 2000);
        assertThat(timer.pending()).isEqualTo(1);
        session.close();
        assertThat(timer.pending()).isZero();
        timer.advance(5000);
        status(1, true, 300);
        assertThat(leg.received).isEmpty();
    }
}
