package org.voxgate.dtmf.inband.internal;

import java.util.Arrays;

/**
 * G.711 μ-law and A-law as the media relay applies them, so that test signals reach the detector exactly as a
 * decoded RTP stream would. Decoding follows the G.711 reconstruction values (the reference {@code g711.c} formulas
 * the relay's tables come from); encoding picks the code whose reconstruction is nearest, which is G.711's
 * quantisation (its decision levels lie midway between reconstruction values).
 */
enum G711RoundTrip {
    ULAW, ALAW;

    private final short[] decode = new short[256];
    private final short[] sorted;
    private final byte[] codeOfSorted = new byte[256];

    G711RoundTrip() {
        for (int c = 0; c < 256; c++) {
            decode[c] = ordinal() == 0 ? ulaw(c) : alaw(c);
        }
        Integer[] order = new Integer[256];
        for (int c = 0; c < 256; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (x, y) -> Short.compare(decode[x], decode[y]));
        sorted = new short[256];
        for (int i = 0; i < 256; i++) {
            sorted[i] = decode[order[i]];
            codeOfSorted[i] = (byte) (int) order[i];
        }
    }

    /** Encodes and decodes every sample, as a sender's codec and the relay's tap would. */
    short[] apply(short[] linear) {
        short[] out = new short[linear.length];
        for (int i = 0; i < linear.length; i++) {
            out[i] = decode[encode(linear[i]) & 0xFF];
        }
        return out;
    }

    byte encode(short sample) {
        int i = Arrays.binarySearch(sorted, sample);
        if (i >= 0) {
            return codeOfSorted[i];
        }
        int above = -i - 1;
        if (above == 0) {
            return codeOfSorted[0];
        }
        if (above == 256) {
            return codeOfSorted[255];
        }
        boolean lower = sample - sorted[above - 1] <= sorted[above] - sample;
        return codeOfSorted[lower ? above - 1 : above];
    }

    short decode(byte code) {
        return decode[code & 0xFF];
    }

    private static short ulaw(int code) {
        int u = ~code & 0xFF;
        int t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4);
        return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    private static short alaw(int code) {
        int a = code ^ 0x55;
        int segment = (a & 0x70) >> 4;
        int t = (a & 0x0F) << 4;
        t = segment == 0 ? t + 8 : (t + 0x108) << (segment - 1);
        return (short) ((a & 0x80) != 0 ? t : -t);
    }
}
