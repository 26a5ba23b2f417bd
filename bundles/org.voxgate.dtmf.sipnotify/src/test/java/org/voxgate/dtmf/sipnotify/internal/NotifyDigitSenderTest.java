package org.voxgate.dtmf.sipnotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Sending keys: the NOTIFY sequence, its timing on a virtual clock, and one NOTIFY outstanding at a time. */
class NotifyDigitSenderTest {
    private final FakeDtmfLeg leg = new FakeDtmfLeg();
    private final ManualTimer timer = new ManualTimer();
    private final SipNotifySession session = new SipNotifySession(leg, timer, 2000);

    @Test
    void notifyCarriesTheCiscoHeadersAndBody() {
        session.send(new DtmfDigit('7', 160));
        DtmfRequest notify = leg.last().request();
        assertThat(notify.method()).isEqualTo("NOTIFY");
        assertThat(notify.headers()).containsExactly(Map.entry("Event", "telephone-event"),
                Map.entry("Subscription-State", "active"));
        assertThat(notify.contentType()).isEqualTo("audio/telephone-event");
        assertThat(leg.last().hex()).as("digit 7, E=0, 2000 ms").isEqualTo("07 00 07 D0");
    }

    @Test
    void shortKeyIsInitialWithMaxDurationThenEndAtItsRealDuration() {
        session.send(new DtmfDigit('#', 160));
        assertThat(leg.sent).hasSize(1);
        leg.last().answer(200);
        timer.advance(159);
        assertThat(leg.sent).as("the peer plays the tone until key-up").hasSize(1);
        timer.advance(1);
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::hex).containsExactly("0B 00 07 D0", "0B 80 00 A0");
    }

    @Test
    void heldKeySendsUpdatesAtEachMaxDurationThenTheEnd() {
        session.send(new DtmfDigit('5', 4500));
        leg.last().answer(200);
        timer.advance(2000);
        assertThat(leg.last().hex()).as("update 2x").isEqualTo("05 00 0F A0");
        leg.last().answer(200);
        timer.advance(2000);
        assertThat(leg.last().hex()).as("update 3x").isEqualTo("05 00 17 70");
        leg.last().answer(200);
        timer.advance(499);
        assertThat(leg.sent).hasSize(3);
        timer.advance(1);
        assertThat(leg.last().hex()).as("end, 4500 ms").isEqualTo("05 80 11 94");
        leg.last().answer(200);
        assertThat(timer.pending()).isZero();
    }

    @Test
    void keyOfExactlyTwiceTheMaxDurationEndsInsteadOfUpdating() {
        session.send(new DtmfDigit('1', 4000));
        leg.last().answer(200);
        timer.advance(2000);
        leg.last().answer(200);
        timer.advance(2000);
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::hex).containsExactly("01 00 07 D0", "01 00 0F A0",
                "01 80 0F A0");
    }

    @Test
    void dueNotifyWaitsForTheFinalResponseToThePreviousOne() {
        session.send(new DtmfDigit('2', 100));
        timer.advance(5000);
        assertThat(leg.sent).as("the initial NOTIFY is still unanswered").hasSize(1);
        leg.last().answer(200);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().hex()).isEqualTo("02 80 00 64");
    }

    @Test
    void nextKeyStartsOnlyAfterTheEndOfThePreviousIsAnswered() {
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        assertThat(session.describe()).isEqualTo("notify 2000 ms, 2 to send");
        leg.last().answer(200);
        timer.advance(100);
        assertThat(leg.sent).hasSize(2);
        timer.advance(1000);
        assertThat(leg.sent).hasSize(2);
        leg.last().answer(200);
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::hex).containsExactly("01 00 07 D0", "01 80 00 64",
                "02 00 07 D0");
        leg.last().answer(200);
        timer.advance(100);
        leg.last().answer(200);
        assertThat(leg.sent).hasSize(4);
        assertThat(session.describe()).isEqualTo("notify 2000 ms");
    }

    @Test
    void keysRelayedFasterThanTheyArePlayedAreQueuedInOrder() {
        for (char k : "0123".toCharArray()) {
            session.send(new DtmfDigit(k, 100));
        }
        for (int i = 0; i < 8; i++) {
            leg.last().answer(200);
            timer.advance(100);
        }
        assertThat(leg.sent).extracting(s -> s.request().body()[0] + (s.request().body()[1] != 0 ? "e" : ""))
                .containsExactly("0", "0e", "1", "1e", "2", "2e", "3", "3e");
    }

    @Test
    void failedNotifyDropsTheRestOfItsKeyAndTheNextKeyStarts() {
        session.send(new DtmfDigit('4', 3000));
        session.send(new DtmfDigit('6', 100));
        leg.last().answer(481);
        assertThat(leg.sent).hasSize(2);
        assertThat(leg.last().hex()).isEqualTo("06 00 07 D0");
        timer.advance(3000);
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::hex).doesNotContain("04 00 0F A0", "04 80 0B B8");
    }

    @Test
    void responsesThatCompleteAtOnceStillKeepTheSequence() {
        leg.answerAtOnce = 200;
        session.send(new DtmfDigit('9', 2500));
        session.send(new DtmfDigit('8', 100));
        timer.advance(2000);
        timer.advance(500);
        timer.advance(100);
        assertThat(leg.sent).extracting(FakeDtmfLeg.Sent::hex).containsExactly("09 00 07 D0", "09 00 0F A0",
                "09 80 09 C4", "08 00 07 D0", "08 80 00 64");
    }

    @Test
    void closeCancelsTimersAndDropsQueuedKeys() {
        session.send(new DtmfDigit('1', 3000));
        session.send(new DtmfDigit('2', 100));
        leg.last().answer(200);
        assertThat(timer.pending()).isEqualTo(1);
        session.close();
        session.close();
        assertThat(timer.pending()).isZero();
        timer.advance(10_000);
        session.send(new DtmfDigit('3', 100));
        assertThat(leg.sent).hasSize(1);
    }

    @Test
    void lateResponseAfterCloseSendsNothing() {
        session.send(new DtmfDigit('1', 100));
        session.send(new DtmfDigit('2', 100));
        session.close();
        leg.last().answer(200);
        timer.advance(1000);
        assertThat(leg.sent).hasSize(1);
    }
}
