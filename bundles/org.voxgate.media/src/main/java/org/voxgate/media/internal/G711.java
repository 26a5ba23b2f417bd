package org.voxgate.media.internal;

/**
 * ITU-T G.711 between 16-bit linear PCM and μ-law / A-law, after the public-domain reference {@code g711.c}
 * (Sun Microsystems), as in the POTS simulator. Decoding uses 256-entry tables (the relay decodes every tapped
 * packet); encoding computes, since only audio a tap changed is encoded again.
 */
final class G711 {
    private static final int ULAW_BIAS = 0x84 >> 2;
    private static final int ULAW_CLIP = 8159;
    private static final int[] ULAW_SEGMENT_END = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int[] ALAW_SEGMENT_END = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final short[] ULAW = new short[256];
    private static final short[] ALAW = new short[256];

    static {
        for (int i = 0; i < 256; i++) {
            ULAW[i] = ulawToLinear((byte) i);
            ALAW[i] = alawToLinear((byte) i);
        }
    }

    private G711() {}

    /** Decodes {@code count} bytes of {@code in} from {@code offset} into {@code out}. */
    static void decode(boolean ulaw, byte[] in, int offset, int count, short[] out) {
        short[] table = ulaw ? ULAW : ALAW;
        for (int i = 0; i < count; i++) {
            out[i] = table[in[offset + i] & 0xFF];
        }
    }

    /** Encodes {@code count} samples into {@code out} from {@code offset}. */
    static void encode(boolean ulaw, short[] in, int count, byte[] out, int offset) {
        for (int i = 0; i < count; i++) {
            out[offset + i] = ulaw ? linearToUlaw(in[i]) : linearToAlaw(in[i]);
        }
    }

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
        return (byte) (((segment << 4) | ((pcm >> (segment + 1)) & 0x0F)) ^ mask);
    }

    static short ulawToLinear(byte encoded) {
        int u = ~encoded & 0xFF;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (short) ((u & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

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
