package org.voxgate.itests.dist;

import java.util.function.Consumer;

/**
 * A test-side in-band DTMF detector: µ-law samples are cut into 20 ms frames (160 samples, whatever the packet
 * size), each frame is classified with the Goertzel algorithm at the eight DTMF frequencies, and runs of frames
 * with the same key become one digit whose duration is the run's length in frames × 20 ms. A digit ends after
 * two frames without it (so gaps between digits must be at least 40 ms) or when another key starts: the last
 * digit is reported once 40 ms of audio after it arrived (a jump in RTP timestamps counts as silence; the wall
 * clock plays no part, so a stalled sender on a loaded machine cannot cut a tone in two).
 * <p>
 * A frame counts for a key when the strongest low and the strongest high frequency each hold at least a quarter
 * of the frame's energy (a full frame of a clean pair holds half each, so a tone covering half a frame or more
 * counts): ±1 frame per edge when the tone is not frame-aligned, hence ±40 ms tolerance on durations.
 */
final class GoertzelDetector {
    static final int FRAME = 160;
    static final int FRAME_MS = FRAME * 1000 / ToneGenerator.SAMPLE_RATE;
    /** Mean power below this (RMS ~100 of 32767) is silence. */
    private static final double MIN_POWER = 100.0 * 100.0;
    private static final double MIN_SHARE = 0.24;

    private final Consumer<DtmfDigit> sink;
    private final double[] frame = new double[FRAME];
    private int filled;
    private char current;
    private int frames;
    private int misses;

    GoertzelDetector(Consumer<DtmfDigit> sink) {
        this.sink = sink;
    }

    /** µ-law payload of one PCMU packet. */
    synchronized void feed(byte[] ulaw, int offset, int length) {
        for (int i = 0; i < length; i++) {
            frame[filled++] = ToneGenerator.decode(ulaw[offset + i]);
            if (filled == FRAME) {
                step(classify(frame));
                filled = 0;
            }
        }
    }

    private void step(char key) {
        if (key != 0 && key == current) {
            frames += misses + 1; // a single undetected frame inside a tone still belongs to it
            misses = 0;
        } else if (key != 0) {
            end();
            current = key;
            frames = 1;
            misses = 0;
        } else if (current != 0 && ++misses >= 2) {
            end();
        }
    }

    private void end() {
        if (current != 0) {
            sink.accept(new DtmfDigit(current, frames * FRAME_MS, DtmfMethod.INBAND));
        }
        current = 0;
        frames = 0;
        misses = 0;
    }

    /** The key whose pair dominates this frame, or 0. */
    static char classify(double[] x) {
        double energy = 0;
        for (double v : x) {
            energy += v * v;
        }
        if (energy / x.length < MIN_POWER) {
            return 0;
        }
        int row = strongest(x, ToneGenerator.LOW, energy);
        int col = strongest(x, ToneGenerator.HIGH, energy);
        return row < 0 || col < 0 ? 0 : ToneGenerator.ROWS[row].charAt(col);
    }

    /** Index of the frequency holding at least MIN_SHARE of the energy and twice any other of its group, or -1. */
    private static int strongest(double[] x, int[] freqs, double energy) {
        int best = -1;
        double bestShare = 0;
        double second = 0;
        for (int i = 0; i < freqs.length; i++) {
            double share = 2 * goertzel(x, freqs[i]) / (x.length * energy);
            if (share > bestShare) {
                second = bestShare;
                bestShare = share;
                best = i;
            } else if (share > second) {
                second = share;
            }
        }
        return bestShare >= MIN_SHARE && second * 2 < bestShare ? best : -1;
    }

    /** |X(f)|² of the frame at frequency f. */
    static double goertzel(double[] x, int f) {
        double coeff = 2 * Math.cos(2 * Math.PI * f / ToneGenerator.SAMPLE_RATE);
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            double s = v + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
}
