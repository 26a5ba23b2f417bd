package org.voxgate.media.internal;

/** Reading and writing RTP (RFC 3550 §5.1) and RTCP header fields in place in a datagram. */
final class Rtp {
    static final int HEADER = 12;
    static final long MASK32 = 0xFFFF_FFFFL;

    private Rtp() {}

    static boolean version2(byte[] d, int len) {
        return len >= 4 && (d[0] & 0xC0) == 0x80;
    }

    /** RTCP multiplexed on the RTP port (RFC 5761 §4: second octet 192-223). */
    static boolean isRtcp(byte[] d, int len) {
        int b = d[1] & 0xFF;
        return version2(d, len) && len >= 8 && b >= 192 && b <= 223;
    }

    /** Offset of the payload of an RTP packet, or -1 when it is not a well-formed RTP packet. */
    static int payloadOffset(byte[] d, int len) {
        if (len < HEADER || !version2(d, len)) {
            return -1;
        }
        int offset = HEADER + 4 * (d[0] & 0x0F);
        if ((d[0] & 0x10) != 0) {
            if (offset + 4 > len) {
                return -1;
            }
            offset += 4 + 4 * u16(d, offset + 2);
        }
        return offset <= payloadEnd(d, len) ? offset : -1;
    }

    /** End of the payload: the length less padding. */
    static int payloadEnd(byte[] d, int len) {
        return (d[0] & 0x20) != 0 ? len - (d[len - 1] & 0xFF) : len;
    }

    static int payloadType(byte[] d) {
        return d[1] & 0x7F;
    }

    static boolean marker(byte[] d) {
        return (d[1] & 0x80) != 0;
    }

    static int sequence(byte[] d) {
        return u16(d, 2);
    }

    static long timestamp(byte[] d) {
        return u32(d, 4);
    }

    static long ssrc(byte[] d) {
        return u32(d, 8);
    }

    static void header(byte[] d, boolean marker, int payloadType, int sequence, long timestamp, long ssrc) {
        d[0] = (byte) 0x80;
        d[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        put16(d, 2, sequence);
        put32(d, 4, timestamp);
        put32(d, 8, ssrc);
    }

    static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }

    static long u32(byte[] d, int at) {
        return ((long) (d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8)
                | (d[at + 3] & 0xFF);
    }

    static void put16(byte[] d, int at, int v) {
        d[at] = (byte) (v >> 8);
        d[at + 1] = (byte) v;
    }

    static void put32(byte[] d, int at, long v) {
        d[at] = (byte) (v >> 24);
        d[at + 1] = (byte) (v >> 16);
        d[at + 2] = (byte) (v >> 8);
        d[at + 3] = (byte) v;
    }

    /** True when 16-bit sequence {@code a} is after {@code b} (RFC 1982 serial arithmetic). */
    static boolean seqAfter(int a, int b) {
        int diff = (a - b) & 0xFFFF;
        return diff != 0 && diff < 0x8000;
    }

    /** True when 32-bit timestamp {@code a} is after {@code b}. */
    static boolean tsAfter(long a, long b) {
        long diff = (a - b) & MASK32;
        return diff != 0 && diff < 0x8000_0000L;
    }
}
