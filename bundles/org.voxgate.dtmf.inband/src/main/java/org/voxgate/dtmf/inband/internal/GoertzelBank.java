package org.voxgate.dtmf.inband.internal;

/**
 * Classifies one block of {@value #BLOCK} samples (12.75 ms) as a DTMF key or not, with the Goertzel algorithm at the
 * eight DTMF frequencies and the second harmonics of the four column tones. A block is a key only when all hold:
 * <ol>
 * <li>the strongest row and the strongest column tone are each at least the minimum level;</li>
 * <li>twist within limits: a column above its row by at most the normal twist, a row above its column by at most
 * the reverse twist;</li>
 * <li>each is the clear peak of its group: every other tone of the group at least {@value #RELATIVE_PEAK_DB} dB
 * lower (speech spreads over neighbouring tones);</li>
 * <li>the two tones carry at least {@value #TONE_SHARE} of the block's energy (noise, speech, music and out-of-band
 * energy fail);</li>
 * <li>the column tone's second harmonic is at least {@value #SECOND_HARMONIC_DB} dB below it (voiced speech is rich
 * in harmonics; a DTMF generator's are ≥ 20 dB down per Q.23). Row harmonics (1394-1882 Hz) fall among the
 * column tones, whose leakage would mask them at this block length, so they are not checked;</li>
 * <li>the energy of the block's two halves differs by less than {@value #HALVES_RATIO}: a block only partly covered
 * by a tone is not counted, so a burst of 20 ms or less never fills the two blocks a key needs.</li>
 * </ol>
 * 102 samples make bins of 78 Hz, finer than the closest DTMF pair (697/770 Hz), as in common detectors.
 */
final class GoertzelBank {
    static final int BLOCK = 102;
    static final char NONE = 0;
    static final double RELATIVE_PEAK_DB = 8;
    static final double TONE_SHARE = 0.75;
    static final double SECOND_HARMONIC_DB = 18;
    static final double HALVES_RATIO = 0.6;

    /**
     * One analysed block.
     *
     * @param key    the key found, or {@link #NONE}
     * @param powers mean-square power at the four row then the four column frequencies
     */
    record Block(char key, double[] powers) {
        /** Power of a key's two tones in this block. */
        double keyPower(char k) {
            return powers[DtmfTones.row(k)] + powers[4 + DtmfTones.column(k)];
        }
    }

    private static final double[] COEFFICIENTS = new double[8];
    private static final double[] HARMONIC_COEFFICIENTS = new double[4];

    static {
        for (int i = 0; i < 4; i++) {
            COEFFICIENTS[i] = coefficient(DtmfTones.ROWS[i]);
            COEFFICIENTS[4 + i] = coefficient(DtmfTones.COLUMNS[i]);
            HARMONIC_COEFFICIENTS[i] = coefficient(2 * DtmfTones.COLUMNS[i]);
        }
    }

    private final double minPower;
    private final double normalTwist;
    private final double reverseTwist;

    GoertzelBank(DetectorSettings settings) {
        this.minPower = Dbm0.power(settings.minLevelDbm0());
        this.normalTwist = ratio(settings.normalTwistDb());
        this.reverseTwist = ratio(settings.reverseTwistDb());
    }

    Block analyze(short[] x) {
        double[] p = new double[8];
        for (int i = 0; i < 8; i++) {
            p[i] = power(x, COEFFICIENTS[i]);
        }
        return new Block(classify(x, p), p);
    }

    private char classify(short[] x, double[] p) {
        int row = strongest(p, 0);
        int column = strongest(p, 4);
        double pr = p[row];
        double pc = p[4 + column];
        if (pr < minPower || pc < minPower) {
            return NONE;
        }
        if (pc > pr * normalTwist || pr > pc * reverseTwist) {
            return NONE;
        }
        if (!peakOfGroup(p, 0, row) || !peakOfGroup(p, 4, 4 + column)) {
            return NONE;
        }
        double firstHalf = energy(x, 0, BLOCK / 2);
        double secondHalf = energy(x, BLOCK / 2, BLOCK);
        double meanSquare = (firstHalf + secondHalf) / BLOCK;
        if (pr + pc < TONE_SHARE * meanSquare) {
            return NONE;
        }
        if (power(x, HARMONIC_COEFFICIENTS[column]) * ratio(SECOND_HARMONIC_DB) > pc) {
            return NONE;
        }
        if (Math.min(firstHalf, secondHalf) < HALVES_RATIO * Math.max(firstHalf, secondHalf)) {
            return NONE;
        }
        return DtmfTones.key(row, column);
    }

    private static int strongest(double[] p, int from) {
        int best = from;
        for (int i = from + 1; i < from + 4; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best - from;
    }

    private static boolean peakOfGroup(double[] p, int from, int peak) {
        double limit = p[peak] / ratio(RELATIVE_PEAK_DB);
        for (int i = from; i < from + 4; i++) {
            if (i != peak && p[i] > limit) {
                return false;
            }
        }
        return true;
    }

    /**
     * Goertzel at the frequency of {@code coefficient} = 2cos(2πf/fs), as the mean square of the sine it finds: a
     * sine of amplitude A at exactly f gives |X|² = (A·N/2)², so A²/2 = 2|X|²/N².
     */
    static double power(short[] x, double coefficient) {
        double s1 = 0;
        double s2 = 0;
        for (int n = 0; n < BLOCK; n++) {
            double s0 = x[n] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        double magnitude2 = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2 * magnitude2 / ((double) BLOCK * BLOCK);
    }

    private static double energy(short[] x, int from, int to) {
        double e = 0;
        for (int n = from; n < to; n++) {
            e += (double) x[n] * x[n];
        }
        return e;
    }

    private static double coefficient(double frequency) {
        return 2 * Math.cos(2 * Math.PI * frequency / DtmfTones.SAMPLE_RATE);
    }

    private static double ratio(double db) {
        return Math.pow(10, db / 10);
    }
}
