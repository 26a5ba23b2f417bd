package org.voxgate.dtmf.inband.internal;

import java.util.Random;

/** Test signals at 8 kHz, 16-bit linear, levels in dBm0 ({@link Dbm0}). */
final class Signals {
    static final int RATE = DtmfTones.SAMPLE_RATE;

    private Signals() {}

    static int samples(double ms) {
        return (int) Math.round(ms * RATE / 1000);
    }

    /** Two sines (0 Hz or NaN level leaves one out), starting at phase 0. */
    static short[] tones(double f1, double dbm1, double f2, double dbm2, double ms) {
        int n = samples(ms);
        short[] out = new short[n];
        double a1 = Double.isNaN(dbm1) ? 0 : Dbm0.amplitude(dbm1);
        double a2 = Double.isNaN(dbm2) ? 0 : Dbm0.amplitude(dbm2);
        for (int i = 0; i < n; i++) {
            double t = (double) i / RATE;
            out[i] = clip(a1 * Math.sin(2 * Math.PI * f1 * t) + a2 * Math.sin(2 * Math.PI * f2 * t));
        }
        return out;
    }

    static short[] key(char key, double rowDbm0, double columnDbm0, double ms) {
        return tones(DtmfTones.ROWS[DtmfTones.row(key)], rowDbm0, DtmfTones.COLUMNS[DtmfTones.column(key)],
                columnDbm0, ms);
    }

    static short[] key(char key, double dbm0, double ms) {
        return key(key, dbm0, dbm0, ms);
    }

    static short[] silence(double ms) {
        return new short[samples(ms)];
    }

    static short[] silenceSamples(int n) {
        return new short[n];
    }

    /** Gaussian white noise of the given mean-square level. */
    static short[] noise(double dbm0, double ms, long seed) {
        Random r = new Random(seed);
        double rms = Math.sqrt(Dbm0.power(dbm0));
        short[] out = new short[samples(ms)];
        for (int i = 0; i < out.length; i++) {
            out[i] = clip(rms * r.nextGaussian());
        }
        return out;
    }

    /**
     * Voiced-speech-like audio: a harmonic series on a pitch that glides between 80 and 300 Hz, shaped by three
     * formants that move between vowel targets every 120 ms, with a -6 dB/octave tilt and a syllable-rate envelope.
     * Its harmonics often fall on DTMF frequencies, as talk-off tests intend.
     */
    static short[] speechLike(double dbm0, double ms, long seed) {
        Random r = new Random(seed);
        double[][] vowels = {{730, 1090, 2440}, {270, 2290, 3010}, {300, 870, 2240}, {530, 1840, 2480},
            {570, 840, 2410}, {660, 1720, 2410}, {440, 1020, 2240}, {390, 1990, 2550}};
        int n = samples(ms);
        double[] out = new double[n];
        double[] phase = new double[60];
        double pitch = 80 + 220 * r.nextDouble();
        double pitchTarget = pitch;
        double[] formants = vowels[r.nextInt(vowels.length)].clone();
        double[] formantTarget = formants.clone();
        int segment = samples(120);
        for (int i = 0; i < n; i++) {
            if (i % segment == 0) {
                pitchTarget = 80 + 220 * r.nextDouble();
                formantTarget = vowels[r.nextInt(vowels.length)];
            }
            pitch += (pitchTarget - pitch) * 0.002;
            for (int f = 0; f < 3; f++) {
                formants[f] += (formantTarget[f] - formants[f]) * 0.003;
            }
            double envelope = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4 * i / RATE);
            double s = 0;
            for (int h = 1; h < phase.length && h * pitch < 3800; h++) {
                double f = h * pitch;
                phase[h] += 2 * Math.PI * f / RATE;
                double gain = 0;
                for (int k = 0; k < 3; k++) {
                    double bandwidth = 80 + 40 * k;
                    double d = (f - formants[k]) / bandwidth;
                    gain += 1 / (1 + d * d) / (k + 1);
                }
                s += gain / h * Math.sin(phase[h]);
            }
            out[i] = envelope * s;
        }
        return scale(out, dbm0);
    }

    /** Scales a signal to a mean-square level. */
    static short[] scale(double[] x, double dbm0) {
        double ms = 0;
        for (double v : x) {
            ms += v * v;
        }
        ms /= Math.max(1, x.length);
        double g = ms == 0 ? 0 : Math.sqrt(Dbm0.power(dbm0) / ms);
        short[] out = new short[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = clip(g * x[i]);
        }
        return out;
    }

    static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static short clip(double v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v)));
    }
}
