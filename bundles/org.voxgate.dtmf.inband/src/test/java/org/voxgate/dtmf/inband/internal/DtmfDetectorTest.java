package org.voxgate.dtmf.inband.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.dtmf.inband.internal.Signals.concat;
import static org.voxgate.dtmf.inband.internal.Signals.key;
import static org.voxgate.dtmf.inband.internal.Signals.silence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voxgate.spi.dtmf.DtmfDigit;

/** The Goertzel detector on signals that went through a G.711 round trip, fed in 20 ms packets. */
class DtmfDetectorTest {

    private static List<DtmfDigit> detect(G711RoundTrip law, short[] signal) {
        List<DtmfDigit> found = new ArrayList<>();
        DtmfDetector detector = new DtmfDetector(DetectorSettings.DEFAULTS, found::add);
        short[] coded = law.apply(concat(signal, silence(100)));
        for (int at = 0; at < coded.length; at += 160) {
            short[] packet = Arrays.copyOfRange(coded, at, Math.min(coded.length, at + 160));
            detector.feed(packet, packet.length);
        }
        return found;
    }

    private static List<DtmfDigit> detect(short[] signal) {
        return detect(G711RoundTrip.ULAW, signal);
    }

    @ParameterizedTest
    @EnumSource(G711RoundTrip.class)
    void detectsEveryKeyAtEveryLevelOnce(G711RoundTrip law) {
        for (double level : new double[] {-10, -15, -20, -25}) {
            for (int i = 0; i < DtmfDigit.KEYS.length(); i++) {
                char k = DtmfDigit.KEYS.charAt(i);
                // a different start offset for every key: the tone falls differently on the block grid
                short[] signal = concat(Signals.silenceSamples(37 * i), key(k, level, 100), silence(60));
                List<DtmfDigit> found = detect(law, signal);
                assertThat(found).as("%s at %s dBm0", k, level).hasSize(1);
                assertThat(found.get(0).key()).isEqualTo(k);
                assertThat(found.get(0).durationMs()).as("%s at %s dBm0", k, level).isBetween(94, 106);
            }
        }
    }

    @Test
    void measuresDurations() {
        for (int ms : new int[] {45, 60, 100, 250, 1000}) {
            List<DtmfDigit> found = detect(concat(silence(13), key('5', -12, ms)));
            assertThat(found).hasSize(1);
            assertThat(found.get(0).durationMs()).as("%d ms", ms).isBetween(ms - 6, ms + 6);
        }
    }

    @Test
    void fortyMillisecondKeysAreDetectedHoweverTheyFallOnTheBlocks() {
        for (int offset = 0; offset < GoertzelBank.BLOCK; offset++) {
            List<DtmfDigit> found = detect(concat(Signals.silenceSamples(offset), key('9', -20, 40)));
            assertThat(found).as("offset %d", offset).extracting(DtmfDigit::key).containsExactly('9');
        }
    }

    @Test
    void burstsOfTwentyMillisecondsOrLessAreRejectedHoweverTheyFall() {
        for (int offset = 0; offset < GoertzelBank.BLOCK; offset++) {
            for (double ms : new double[] {10, 20}) {
                assertThat(detect(concat(Signals.silenceSamples(offset), key('1', -10, ms))))
                        .as("%s ms at offset %d", ms, offset).isEmpty();
            }
        }
    }

    @Test
    void aFortyMillisecondPauseSeparatesRepeatedKeysAndAShortDropOutDoesNot() {
        assertThat(detect(concat(key('7', -15, 80), silence(40), key('7', -15, 80))))
                .extracting(DtmfDigit::key).containsExactly('7', '7');
        List<DtmfDigit> bridged = detect(concat(key('7', -15, 80), silence(10), key('7', -15, 80)));
        assertThat(bridged).extracting(DtmfDigit::key).containsExactly('7');
        assertThat(bridged.get(0).durationMs()).isBetween(160, 180);
    }

    @Test
    void keysFollowingEachOtherAreEachReported() {
        short[] dialled = concat(key('1', -10, 60), silence(50), key('2', -10, 60), silence(50), key('#', -10, 60));
        assertThat(detect(G711RoundTrip.ALAW, dialled)).extracting(DtmfDigit::key).containsExactly('1', '2', '#');
    }

    @Test
    void singleTonesAreRejected() {
        for (double f : concatFrequencies()) {
            for (double level : new double[] {-5, -10, -25}) {
                assertThat(detect(Signals.tones(f, level, 0, Double.NaN, 300))).as("%s Hz at %s", f, level).isEmpty();
            }
        }
    }

    @Test
    void twistWithinLimitsIsAcceptedAndBeyondIsRejected() {
        // normal twist: the column tone above the row tone, up to 8 dB
        assertThat(detect(key('6', -17, -10, 100))).extracting(DtmfDigit::key).containsExactly('6');
        assertThat(detect(key('6', -19, -10, 100))).isEmpty();
        // reverse twist: the row tone above the column tone, up to 4 dB
        assertThat(detect(key('6', -10, -13, 100))).extracting(DtmfDigit::key).containsExactly('6');
        assertThat(detect(key('6', -10, -15, 100))).isEmpty();
    }

    @Test
    void tonesBelowTheMinimumLevelAreRejected() {
        assertThat(detect(key('0', -35, 200))).isEmpty();
    }

    @Test
    void whiteNoiseIsRejected() {
        for (double level : new double[] {-5, -15, -25, -35}) {
            assertThat(detect(Signals.noise(level, 3000, (long) level))).as("noise at %s dBm0", level).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(G711RoundTrip.class)
    void speechLikeSignalsAreRejected(G711RoundTrip law) {
        for (long seed = 1; seed <= 12; seed++) {
            for (double level : new double[] {-10, -20}) {
                assertThat(detect(law, Signals.speechLike(level, 5000, seed))).as("seed %d at %s", seed, level)
                        .isEmpty();
            }
        }
    }

    @Test
    void aKeyOverSpeechLikeBackgroundIsStillFound() {
        short[] speech = Signals.speechLike(-30, 300, 99);
        short[] tone = concat(silence(100), key('8', -10, 100), silence(100));
        short[] mixed = new short[tone.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (short) (tone[i] + speech[i]);
        }
        assertThat(detect(mixed)).extracting(DtmfDigit::key).containsExactly('8');
    }

    private static double[] concatFrequencies() {
        double[] all = new double[8];
        System.arraycopy(DtmfTones.ROWS, 0, all, 0, 4);
        System.arraycopy(DtmfTones.COLUMNS, 0, all, 4, 4);
        return all;
    }
}
