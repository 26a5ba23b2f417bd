package org.voxgate.itests.dist;

/**
 * DTMF frequency pairs (ITU-T Q.23) as 8 kHz G.711 µ-law samples, and the µ-law codec itself (ITU-T G.711).
 */
final class ToneGenerator {
    static final int SAMPLE_RATE = 8000;
    static final int[] LOW = {697, 770, 852, 941};
    static final int[] HIGH = {1209, 1336, 1477, 1633};
    /** Keys by row (low frequency) and column (high frequency). */
    static final String[] ROWS = {"123A", "456B", "789C", "*0#D"};
    /** Amplitude of each of the two sines (about -8 dBm0 each). */
    private static final double AMPLITUDE = 6000;
    /** µ-law of 0: what a silent packet carries. */
    static final byte SILENCE = (byte) 0xFF;

    private ToneGenerator() {}

    /**
     * {@code count} µ-law samples of the key's tone pair, starting {@code offset} samples after the tone's start
     * (so that consecutive packets continue the same phase).
     */
    static byte[] tone(char key, long offset, int count) {
        int[] f = frequencies(key);
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            double t = (double) (offset + i) / SAMPLE_RATE;
            double s = AMPLITUDE * (Math.sin(2 * Math.PI * f[0] * t) + Math.sin(2 * Math.PI * f[1] * t));
            out[i] = encode((int) Math.round(s));
        }
        return out;
    }

    static byte[] silence(int count) {
        byte[] out = new byte[count];
        java.util.Arrays.fill(out, SILENCE);
        return out;
    }

    /** {low Hz, high Hz} of a key. */
    static int[] frequencies(char key) {
        char k = Character.toUpperCase(key);
        for (int row = 0; row < ROWS.length; row++) {
            int col = ROWS[row].indexOf(k);
            if (col >= 0) {
                return new int[] {LOW[row], HIGH[col]};
            }
        }
        throw new IllegalArgumentException("Not a DTMF key: '" + key + "'");
    }

    /** Linear 16-bit to µ-law. */
    static byte encode(int pcm) {
        int sign = pcm < 0 ? 0x80 : 0;
        int magnitude = Math.min(Math.abs(pcm), 32635) + 0x84;
        int exponent = 7;
        for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    /** µ-law to linear 16-bit. */
    static int decode(byte ulaw) {
        int u = ~ulaw & 0xFF;
        int exponent = (u >> 4) & 0x07;
        int sample = ((((u & 0x0F) << 3) + 0x84) << exponent) - 0x84;
        return (u & 0x80) != 0 ? -sample : sample;
    }
}
