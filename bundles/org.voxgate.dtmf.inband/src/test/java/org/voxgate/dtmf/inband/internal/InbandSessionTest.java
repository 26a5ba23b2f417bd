package org.voxgate.dtmf.inband.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.media.MediaLeg;

/** Detection on the leg's audio and tone generation towards it, through a fake media session on virtual time. */
class InbandSessionTest {
    private static final String PEER_SDP = "v=0\r\nm=audio 4000 RTP/AVP 0\r\n";

    private final ManualTimer timer = new ManualTimer();
    private final FakeMediaSession media = new FakeMediaSession(timer);
    private final FakeLeg leg = new FakeLeg(MediaLeg.A, media, PEER_SDP);
    private final InbandSession session = new InbandSession(leg, timer, timer::nowNanos, DetectorSettings.DEFAULTS,
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
        // no relayed audio within 100 ms: injected; 100 ms of tone + 50 ms gap = 7.5 frames, so 8, one every 20 ms
        assertThat(media.injected).extracting(FakeMediaSession.InjectedAudio::atMillis)
                .containsExactly(100L, 120L, 140L, 160L, 180L, 200L, 220L, 240L);
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
    void keysWaitForTheOtherLegsAudioToResumeAndThenOnlyOverwriteIt() {
        // an RFC 4733 sender pauses its audio while the key is down: the key arrives while nothing flows
        session.send(new DtmfDigit('9', 100));
        timer.advance(60);
        List<DtmfDigit> heard = new ArrayList<>();
        DtmfDetector far = new DtmfDetector(DetectorSettings.DEFAULTS, heard::add);
        for (int i = 0; i < 15; i++) {
            short[] frame = new short[160];
            media.audioFrom(MediaLeg.B, frame);
            short[] out = G711RoundTrip.ULAW.apply(frame);
            far.feed(out, out.length);
            timer.advance(20);
        }
        far.feed(new short[800], 800);
        assertThat(media.injected).as("nothing injected beside the relayed packets").isEmpty();
        assertThat(heard).extracting(DtmfDigit::key).containsExactly('9');
        assertThat(heard.get(0).durationMs()).isBetween(94, 106);
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
    void whileTheOtherLegsAudioFlowsTheTonesReplaceItInsteadOfBeingInjected() {
        short[] voice = G711RoundTrip.ULAW.apply(Signals.speechLike(-20, 400, 5));
        List<DtmfDigit> heard = new ArrayList<>();
        DtmfDetector far = new DtmfDetector(DetectorSettings.DEFAULTS, heard::add);
        int at = 0;
        media.audioFrom(MediaLeg.B, Arrays.copyOfRange(voice, at, at += 160)); // audio was flowing before the key
        session.send(new DtmfDigit('4', 100));
        boolean changedAny = false;
        while (at + 160 <= voice.length) {
            short[] frame = Arrays.copyOfRange(voice, at, at += 160);
            changedAny |= media.audioFrom(MediaLeg.B, frame);
            short[] toPeer = G711RoundTrip.ULAW.apply(frame);
            far.feed(toPeer, toPeer.length);
            timer.advance(20);
        }
        assertThat(changedAny).isTrue();
        assertThat(media.injected).isEmpty();
        assertThat(heard).extracting(DtmfDigit::key).containsExactly('4');
        short[] after = Arrays.copyOfRange(voice, 0, 160);
        assertThat(media.audioFrom(MediaLeg.B, after)).as("after the key and its gap").isFalse();
        assertThat(after).containsExactly(Arrays.copyOfRange(voice, 0, 160));
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
        FakeLeg flowAround = new FakeLeg(MediaLeg.B, null, PEER_SDP);
        try (InbandSession s = new InbandSession(flowAround, timer, timer::nowNanos, DetectorSettings.DEFAULTS,
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
