package org.voxgate.pots.sim.internal;

/**
 * A continuous sine tone as 16-bit linear PCM at 8 kHz; the phase carries over from one frame to the next,
 * so consecutive 20 ms packets join without clicks. Not thread-safe (one per RTP sender).
 */
final class ToneGenerator {
    /**
     * Peak of a sine at about -10 dBm0: 0 dBm0 is a peak of 22 307 on the 16-bit scale (the G.711 maximum
     * 32 124 is +3.17 dBm0), times 10^(-10/20).
     */
    static final int LEVEL_MINUS_10_DBM0 = 7054;

    private final double phaseStep;
    private final int amplitude;
    private double phase;

    /** @param hertz 0 for silence; below the 4 kHz Nyquist limit of 8 kHz sampling */
    ToneGenerator(int hertz, int amplitude) {
        if (hertz < 0 || hertz >= G711Codec.CLOCK_RATE / 2) {
            throw new IllegalArgumentException("tone frequency must be 0..3999 Hz, was " + hertz);
        }
        this.phaseStep = 2 * Math.PI * hertz / G711Codec.CLOCK_RATE;
        this.amplitude = amplitude;
    }

    /** Fills {@code frame} with the next samples of the tone. */
    void next(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(amplitude * Math.sin(phase));
            phase += phaseStep;
            if (phase >= 2 * Math.PI) {
                phase -= 2 * Math.PI;
            }
        }
    }

    short[] next(int samples) {
        short[] frame = new short[samples];
        next(frame);
        return frame;
    }
}
