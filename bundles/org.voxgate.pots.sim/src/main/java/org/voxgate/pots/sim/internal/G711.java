package org.voxgate.pots.sim.internal;

/**
 * ITU-T G.711 companding between 16-bit linear PCM and 8-bit μ-law / A-law, after the public-domain
 * reference {@code g711.c} (Sun Microsystems). μ-law works on the top 14 bits, A-law on the top 13 bits;
 * the encoded bytes are as sent on the wire (μ-law inverted, A-law with even bits inverted, i.e. XOR 0x55).
 */
final class G711 {
    private static final int ULAW_BIAS = 0x84 >> 2;   // 33, the bias in 14-bit units
    private static final int ULAW_CLIP = 8159;        // largest 14-bit magnitude before the bias
    private static final int[] ULAW_SEGMENT_END = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] ALAW_SEGMENT_END = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};

    private G711() {}

    /** 16-bit linear sample to μ-law (0 → 0xFF, +32767 → 0x80, -32768 → 0x00). */
    static byte linearToUlaw(short sample) {
        int pcm = sample >> 2;
        int mask;
        if (pcm < 0) {
            pcm = -pcm;
            mask = 0x7F;
        } else {
            mask = 0xFF;
        }
        if (pcm > ULAW_CLIP) {
            pcm = ULAW_CLIP;
        }
        pcm += ULAW_BIAS;
        int segment = segment(pcm, ULAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int code = (segment << 4) | ((pcm >> (segment + 1)) & 0x0F);
        return (byte) (code ^ mask);
    }

    /** μ-law to 16-bit linear (0xFF → 0, 0x80 → 32124, 0x00 → -32124). */
    static short ulawToLinear(byte encoded) {
        int u = ~encoded & 0xFF;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    /** 16-bit linear sample to A-law (0 → 0xD5, +32767 → 0xAA, -32768 → 0x2A). */
    static byte linearToAlaw(short sample) {
        int pcm = sample >> 3;
        int mask;
        if (pcm >= 0) {
            mask = 0xD5;
        } else {
            mask = 0x55;
            pcm = -pcm - 1;
        }
        int segment = segment(pcm, ALAW_SEGMENT_END);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int code = segment << 4;
        code |= segment < 2 ? (pcm >> 1) & 0x0F : (pcm >> segment) & 0x0F;
        return (byte) (code ^ mask);
    }

    /** A-law to 16-bit linear (0xD5 → 8, 0xAA → 32256, 0x2A → -32256). */
    static short alawToLinear(byte encoded) {
        int a = (encoded & 0xFF) ^ 0x55;
        int t = (a & 0x0F) << 4;
        int segment = (a & 0x70) >> 4;
        if (segment == 0) {
            t += 8;
        } else if (segment == 1) {
            t += 0x108;
        } else {
            t += 0x108;
            t <<= segment - 1;
        }
        return (short) ((a & 0x80) != 0 ? t : -t);
    }

    private static int segment(int value, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (value <= ends[i]) {
                return i;
            }
        }
        return ends.length;
    }
}
