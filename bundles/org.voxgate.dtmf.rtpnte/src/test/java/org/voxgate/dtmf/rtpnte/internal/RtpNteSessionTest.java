package org.voxgate.dtmf.rtpnte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.RtpFrame;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Receiving and sending RFC 4733 events through a fake media session on virtual time. */
class RtpNteSessionTest {
    private static final String PEER_SDP = "v=0\r\nm=audio 4000 RTP/AVP 0 96\r\na=rtpmap:0 PCMU/8000\r\n"
            + "a=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\n";
    private static final long SSRC = 0x1234_5678L;

    private final ManualTimer timer = new ManualTimer();
    private final FakeMediaSession media = new FakeMediaSession(timer);
    private final FakeDtmfLeg leg = new FakeDtmfLeg(MediaLeg.A, media, PEER_SDP);
    private final RtpNteSession session = new RtpNteSession(leg, timer, timer::nowNanos);
    private int sequence = 1000;

    private boolean packet(boolean marker, long timestamp, int event, boolean end, int duration) {
        return packet(MediaLeg.A, marker, timestamp, event, end, duration);
    }

    private boolean packet(MediaLeg from, boolean marker, long timestamp, int event, boolean end, int duration) {
        byte[] payload = new NtePayload(event, end, 10, duration).encode();
        return media.fromPeer(from, new RtpFrame(96, marker, sequence++, timestamp, SSRC, payload));
    }

    /** A key as a well-behaved sender sends it: marker, updates every 50 ms, three end packets. */
    private void key(long timestamp, int event, int durationUnits) {
        packet(true, timestamp, event, false, 0);
        for (int d = 400; d < durationUnits; d += 400) {
            packet(false, timestamp, event, false, d);
        }
        for (int i = 0; i < 3; i++) {
            packet(false, timestamp, event, true, durationUnits);
        }
    }

    @Test
    void reportsEachKeyOnceWhenItEndsWithItsDuration() {
        key(8000, 1, 1280);
        key(9600, 11, 800);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', 160), new DtmfDigit('#', 100));
    }

    @Test
    void consumesThisLegsEventsAndPassesTheOtherLegs() {
        assertThat(packet(MediaLeg.A, true, 100, 5, false, 0)).isFalse();
        assertThat(packet(MediaLeg.B, true, 100, 6, false, 0)).isTrue();
        assertThat(packet(MediaLeg.B, false, 100, 6, true, 800)).isTrue();
        assertThat(leg.received).isEmpty();
    }

    @Test
    void sendersThatNeverSetTheMarkerAreUnderstood() {
        for (long ts : new long[] {1000, 3000}) {
            packet(false, ts, 4, false, 160);
            packet(false, ts, 4, false, 560);
            packet(false, ts, 4, true, 720);
            packet(false, ts, 4, true, 720);
        }
        assertThat(leg.received).containsExactly(new DtmfDigit('4', 90), new DtmfDigit('4', 90));
    }

    @Test
    void aNewTimestampEndsAnEventWhoseEndPacketsWereLost() {
        packet(true, 1000, 2, false, 0);
        packet(false, 1000, 2, false, 400);
        packet(false, 1000, 2, false, 800);
        assertThat(leg.received).isEmpty();
        packet(true, 3000, 3, false, 0);
        assertThat(leg.received).containsExactly(new DtmfDigit('2', 100));
    }

    @Test
    void lateCopiesOfAnEarlierEventAreIgnored() {
        key(1000, 7, 800);
        packet(true, 3000, 8, false, 0);
        packet(false, 1000, 7, true, 800); // a fourth end packet, reordered behind the next key's start
        packet(false, 3000, 8, true, 400);
        assertThat(leg.received).containsExactly(new DtmfDigit('7', 100), new DtmfDigit('8', 50));
    }

    @Test
    void timestampsWrapAround() {
        key(0xFFFF_FF00L, 9, 800);
        key(0x0000_0100L, 0, 800);
        assertThat(leg.received).containsExactly(new DtmfDigit('9', 100), new DtmfDigit('0', 100));
    }

    @Test
    void aKeyWhoseLastPacketsAreAllLostIsReportedByTheWatchdog() {
        packet(true, 1000, 6, false, 0);
        packet(false, 1000, 6, false, 400);
        timer.advance(RtpNteSession.LOST_END_NANOS / 1_000_000 - 1);
        assertThat(leg.received).isEmpty();
        timer.advance(RtpNteSession.WATCHDOG_MS);
        assertThat(leg.received).containsExactly(new DtmfDigit('6', 50));
        packet(false, 1000, 6, true, 1600); // its end packets after all: already reported
        assertThat(leg.received).hasSize(1);
        assertThat(timer.live()).as("watchdog stops with no key down").isZero();
    }

    @Test
    void flashIsConsumedButNotReported() {
        assertThat(packet(true, 1000, 16, true, 800)).isFalse();
        assertThat(leg.received).isEmpty();
    }

    @Test
    void longKeysContinueInSegments() {
        packet(true, 1000, 1, false, 0);
        packet(false, 1000, 1, false, 0xFFFF);
        packet(false, 1000 + 0xFFFF, 1, false, 800);
        packet(false, 1000 + 0xFFFF, 1, true, 1600);
        assertThat(leg.received).containsExactly(new DtmfDigit('1', (0xFFFF + 1600) / 8));
    }

    @Test
    void sendsMarkerThenUpdatesEvery50MsThenThreeEndsAllWithTheStartTimestamp() {
        media.timestamp = 123_456;
        session.send(new DtmfDigit('#', 120));
        timer.advance(1000);
        List<FakeMediaSession.Injected> sent = media.injected;
        assertThat(sent).extracting(FakeMediaSession.Injected::atMillis).containsExactly(0L, 50L, 100L, 120L, 170L,
                220L);
        assertThat(sent).allSatisfy(p -> {
            assertThat(p.to()).isEqualTo(MediaLeg.A);
            assertThat(p.payloadType()).as("the PT the peer advertised").isEqualTo(96);
            assertThat(p.timestamp()).isEqualTo(123_456L);
        });
        assertThat(sent).extracting(FakeMediaSession.Injected::marker)
                .containsExactly(true, false, false, false, false, false);
        assertThat(sent.get(0).payload()).containsExactly(11, 0x0A, 0x01, 0x90); // 400 units
        assertThat(sent.get(1).payload()).containsExactly(11, 0x0A, 0x03, 0x20); // 800
        assertThat(sent.get(2).payload()).containsExactly(11, 0x0A, 0x03, 0xC0); // 960 = 120 ms, capped
        for (int i = 3; i < 6; i++) {
            assertThat(sent.get(i).payload()).containsExactly(11, 0x8A, 0x03, 0xC0);
        }
    }

    @Test
    void queuedKeysFollowEachOtherWithAGapAndTheirOwnTimestamps() {
        media.timestamp = 5000;
        session.send(new DtmfDigit('1', 40));
        session.send(new DtmfDigit('2', 40));
        media.timestamp = 9000; // what the relay would say when the second key starts
        timer.advance(1000);
        List<FakeMediaSession.Injected> sent = media.injected;
        assertThat(sent).extracting(FakeMediaSession.Injected::atMillis)
                .containsExactly(0L, 40L, 90L, 140L, 190L, 230L, 280L, 330L);
        assertThat(sent).extracting(FakeMediaSession.Injected::timestamp)
                .containsExactly(5000L, 5000L, 5000L, 5000L, 9000L, 9000L, 9000L, 9000L);
        assertThat(sent).extracting(FakeMediaSession.Injected::marker)
                .containsExactly(true, false, false, false, true, false, false, false);
        assertThat(sent.get(4).payload()[0]).isEqualTo((byte) 2);
    }

    @Test
    void withoutAnyTimestampYetEveryPacketOfTheEventSharesOneOfItsOwn() {
        session.send(new DtmfDigit('3', 100));
        timer.advance(1000);
        assertThat(media.injected).hasSize(5);
        assertThat(media.injected).extracting(FakeMediaSession.Injected::timestamp).containsOnly(
                media.injected.get(0).timestamp());
        assertThat(media.injected.get(0).timestamp()).isBetween(0L, 0xFFFF_FFFFL);
    }

    @Test
    void closeEndsTheKeyOnTheWireCancelsTimersAndDetachesTheTap() {
        media.timestamp = 100;
        session.send(new DtmfDigit('5', 500));
        session.send(new DtmfDigit('6', 500));
        timer.advance(120);
        assertThat(media.taps).containsExactly(session);
        session.close();
        timer.advance(5000);
        assertThat(media.taps).isEmpty();
        assertThat(timer.live()).isZero();
        List<FakeMediaSession.Injected> sent = media.injected;
        assertThat(sent).hasSize(4);
        assertThat(sent.get(3).payload()).containsExactly(5, 0x8A, 0x04, 0xB0); // E=1 at 150 ms = 1200 units
        session.close();
        session.send(new DtmfDigit('7', 100));
        timer.advance(1000);
        assertThat(media.injected).hasSize(4);
    }

    @Test
    void keysToAPeerWithoutTelephoneEventAreDropped() {
        leg.remoteSdp = "v=0\r\nm=audio 4000 RTP/AVP 0\r\n";
        session.send(new DtmfDigit('1', 100));
        timer.advance(1000);
        assertThat(media.injected).isEmpty();
        assertThat(session.describe()).isEmpty();
    }
}
