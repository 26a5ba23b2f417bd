package org.voxgate.dtmf.inband.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Detection on the leg's audio and tone generation towards it, through a fake media session on virtual time. */
class InbandSessionTest {
    private static final String PEER_SDP = "v=0\r\nm=audio 4000 RTP/AVP 0\r\n";

    private final ManualTimer timer = new ManualTimer();
    private final FakeMediaSession media = new FakeMediaSession(timer);
    private final FakeDtmfLeg leg = new FakeDtmfLeg(MediaLeg.A, media, PEER_SDP);
    private final InbandSession session = new InbandSession(leg, timer, DetectorSettings.DEFAULTS,
            GeneratorSettings.DEFAULTS);

    /** What a far-end detector hears in what was injected, after the μ-law trip to the peer. */
    private List<DtmfDigit> heardInInjected() {
        List<DtmfDigit> heard = new ArrayList<>();
        DtmfDetector far = new DtmfDetector(DetectorSettings.DEFAULTS, heard::add);
        for (FakeMediaSession.InjectedAudio a : media.injected) {
            short[] s = G711RoundTrip.ULAW.apply(a.samples());
            far.feed(s, s.length);
        }
        far.feed(new short[800], 800);
        return heard;
    }

    @Test
    void keysInThePeersAudioAreReportedAndMutedSoTheOtherLegDoesNotHearThemTwice() {
        short[] signal = G711RoundTrip.ULAW.apply(Signals.concat(Signals.key('3', -15, 120), Signals.silence(100),
                Signals.key('D', -20, 80), Signals.silence(100)));
        short[] relayed = new short[signal.length];
        for (int at = 0; at + 160 <= signal.length; at += 160) {
            short[] frame = Arrays.copyOfRange(signal, at, at + 160);
            media.audioFrom(MediaLeg.A, frame);
            System.arraycopy(frame, 0, relayed, at, 160);
        }
        assertThat(leg.received).extracting(DtmfDigit::key).containsExactly('3', 'D');
        assertThat(leg.received.get(0).durationMs()).isBetween(114, 126);

        List<DtmfDigit> heard = new ArrayList<>();
        DtmfDetector far = new DtmfDetector(DetectorSettings.DEFAULTS, heard::add);
        far.feed(relayed, relayed.length);
        far.feed(new short[800], 800);
        assertThat(heard).as("keys left in the relayed audio").isEmpty();
    }

    @Test
    void audioWithoutKeysPassesOnePacketLate() {
        short[] signal = G711RoundTrip.ULAW.apply(Signals.speechLike(-15, 400, 7));
        short[] previous = new short[160];
        for (int at = 0; at + 160 <= signal.length; at += 160) {
            short[] frame = Arrays.copyOfRange(signal, at, at + 160);
            media.audioFrom(MediaLeg.A, frame);
            assertThat(frame).containsExactly(previous);
            previous = Arrays.copyOfRange(signal, at, at + 160);
        }
        assertThat(leg.received).isEmpty();
    }

    @Test
    void withNoAudioFlowingKeysAreInjectedAsPacedFramesThenStop() {
        session.send(new DtmfDigit('5', 100));
        timer.advance(1000);
        // 100 ms of tone + 50 ms gap = 7.5 frames, so 8 frames, one every 20 ms
        assertThat(media.injected).extracting(FakeMediaSession.InjectedAudio::atMillis)
                .containsExactly(0L, 20L, 40L, 60L, 80L, 100L, 120L, 140L);
        assertThat(media.injected).allSatisfy(a -> {
            assertThat(a.to()).isEqualTo(MediaLeg.A);
            assertThat(a.samples()).hasSize(160);
        });
        assertThat(media.injected.get(7).samples()).containsOnly((short) 0);
        List<DtmfDigit> heard = heardInInjected();
        assertThat(heard).extracting(DtmfDigit::key).containsExactly('5');
        assertThat(heard.get(0).durationMs()).isBetween(94, 106);
        assertThat(timer.live()).isZero();
    }

    @Test
    void queuedKeysArePlayedInOrderWithAGap() {
        session.send(new DtmfDigit('1', 60));
        session.send(new DtmfDigit('#', 60));
        session.send(new DtmfDigit('1', 60));
        timer.advance(2000);
        assertThat(heardInInjected()).extracting(DtmfDigit::key).containsExactly('1', '#', '1');
        int shortestGap = Integer.MAX_VALUE;
        short[] all = all();
        int run = 0;
        boolean inTone = false;
        for (short s : all) {
            if (s == 0) {
                run++;
            } else {
                if (inTone && run >= 10) { // zero crossings of the tones are single samples
                    shortestGap = Math.min(shortestGap, run);
                }
                inTone = true;
                run = 0;
            }
        }
        assertThat(shortestGap).as("samples of silence between keys").isGreaterThanOrEqualTo(400);
    }

    @Test
    void shortKeysAreLengthenedToTheMinimumTone() {
        session.send(new DtmfDigit('0', 10));
        timer.advance(1000);
        long toneSamples = 0;
        for (short s : all()) {
            toneSamples += s != 0 ? 1 : 0;
        }
        assertThat(toneSamples).isBetween(390L, 400L); // 50 ms, less the odd zero crossing
        assertThat(heardInInjected()).extracting(DtmfDigit::key).containsExactly('0');
    }

    @Test
    void tonesHaveTheConfiguredLevels() {
        session.send(new DtmfDigit('1', 200));
        timer.advance(1000);
        short[] block = Arrays.copyOfRange(all(), 0, GoertzelBank.BLOCK);
        double row = Dbm0.of(GoertzelBank.power(block, 2 * Math.cos(2 * Math.PI * 697 / 8000.0)));
        double column = Dbm0.of(GoertzelBank.power(block, 2 * Math.cos(2 * Math.PI * 1209 / 8000.0)));
        assertThat(row).isBetween(-10.3, -9.7);
        assertThat(column).isBetween(-8.3, -7.7);
    }

    @Test
    void whileKeysPlayTheRelayTowardsThePeerIsHeldAndResumedAfterTheLastGap() {
        short[] voice = G711RoundTrip.ULAW.apply(Signals.speechLike(-20, 200, 5));
        session.send(new DtmfDigit('4', 100));
        session.send(new DtmfDigit('7', 100));
        assertThat(media.holds).containsExactly("A+");
        short[] frame = Arrays.copyOf(voice, 160);
        assertThat(media.audioFrom(MediaLeg.B, frame)).as("the other leg's audio is not touched: the relay holds it").isFalse();
        timer.advance(1000);
        assertThat(media.holds).containsExactly("A+", "A-");
        assertThat(heardInInjected()).extracting(DtmfDigit::key).containsExactly('4', '7');
        // 2 x (100 ms tone + 50 ms gap) = 15 frames, one every 20 ms from the first send
        assertThat(media.injected).hasSize(15);
        session.send(new DtmfDigit('1', 100));
        assertThat(media.holds).containsExactly("A+", "A-", "A+");
        session.close();
        assertThat(media.holds).as("close resumes the relay").containsExactly("A+", "A-", "A+", "A-");
    }

    @Test
    void closeCancelsTheTimerDropsQueuedKeysAndDetachesTheTap() {
        session.send(new DtmfDigit('2', 500));
        timer.advance(100);
        int sent = media.injected.size();
        session.close();
        session.close();
        timer.advance(2000);
        session.send(new DtmfDigit('3', 100));
        timer.advance(2000);
        assertThat(media.injected).hasSize(sent);
        assertThat(media.taps).isEmpty();
        assertThat(timer.live()).isZero();
    }

    @Test
    void withoutMediaTheSessionDoesNothing() {
        FakeDtmfLeg flowAround = new FakeDtmfLeg(MediaLeg.B, null, PEER_SDP);
        try (InbandSession s = new InbandSession(flowAround, timer, DetectorSettings.DEFAULTS,
                GeneratorSettings.DEFAULTS)) {
            s.send(new DtmfDigit('1', 100));
            timer.advance(1000);
            assertThat(s.describe()).isEmpty();
        }
        assertThat(timer.live()).isZero();
    }

    private short[] all() {
        short[][] parts = media.injected.stream().map(FakeMediaSession.InjectedAudio::samples).toArray(short[][]::new);
        return Signals.concat(parts);
    }
}
