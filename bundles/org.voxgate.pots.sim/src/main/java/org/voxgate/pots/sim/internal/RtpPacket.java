package org.voxgate.pots.sim.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * An RTP data packet (RFC 3550 §5.1): the fixed 12-byte header and the payload. Packing writes V=2, no
 * padding, no extension, no CSRCs; parsing accepts and skips CSRCs, a header extension and padding.
 *
 * @param sequence  16-bit sequence number (0..65535)
 * @param timestamp 32-bit timestamp (0..2^32-1)
 * @param ssrc      32-bit synchronisation source (0..2^32-1)
 */
record RtpPacket(boolean marker, int payloadType, int sequence, long timestamp, long ssrc, byte[] payload) {
    static final int VERSION = 2;
    static final int HEADER_LENGTH = 12;

    RtpPacket {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type must be 0..127, was " + payloadType);
        }
        sequence &= 0xFFFF;
        timestamp &= 0xFFFF_FFFFL;
        ssrc &= 0xFFFF_FFFFL;
    }

    byte[] toBytes() {
        byte[] out = new byte[HEADER_LENGTH + payload.length];
        out[0] = (byte) (VERSION << 6);
        out[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        out[2] = (byte) (sequence >> 8);
        out[3] = (byte) sequence;
        putInt(out, 4, timestamp);
        putInt(out, 8, ssrc);
        System.arraycopy(payload, 0, out, HEADER_LENGTH, payload.length);
        return out;
    }

    /** Empty when {@code data[0..length)} is not an RTP version 2 packet. */
    static Optional<RtpPacket> parse(byte[] data, int length) {
        if (length < HEADER_LENGTH || length > data.length || (data[0] & 0xC0) >> 6 != VERSION) {
            return Optional.empty();
        }
        boolean padding = (data[0] & 0x20) != 0;
        boolean extension = (data[0] & 0x10) != 0;
        int csrcCount = data[0] & 0x0F;
        int offset = HEADER_LENGTH + 4 * csrcCount;
        if (extension) {
            if (offset + 4 > length) {
                return Optional.empty();
            }
            int words = ((data[offset + 2] & 0xFF) << 8) | (data[offset + 3] & 0xFF);
            offset += 4 + 4 * words;
        }
        int end = length;
        if (padding) {
            end -= data[length - 1] & 0xFF;
        }
        if (offset > end) {
            return Optional.empty();
        }
        return Optional.of(new RtpPacket((data[1] & 0x80) != 0, data[1] & 0x7F,
                ((data[2] & 0xFF) << 8) | (data[3] & 0xFF), getInt(data, 4), getInt(data, 8),
                Arrays.copyOfRange(data, offset, end)));
    }

    private static void putInt(byte[] out, int at, long value) {
        out[at] = (byte) (value >> 24);
        out[at + 1] = (byte) (value >> 16);
        out[at + 2] = (byte) (value >> 8);
        out[at + 3] = (byte) value;
    }

    private static long getInt(byte[] in, int at) {
        return ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8)
                | (in[at + 3] & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtpPacket p && marker == p.marker && payloadType == p.payloadType
                && sequence == p.sequence && timestamp == p.timestamp && ssrc == p.ssrc
                && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ssrc) * 31 + sequence;
    }

    @Override
    public String toString() {
        return "RTP PT=" + payloadType + " seq=" + sequence + " ts=" + timestamp + " ssrc=" + Long.toHexString(ssrc)
                + (marker ? " M" : "") + " " + payload.length + " bytes";
    }
}
