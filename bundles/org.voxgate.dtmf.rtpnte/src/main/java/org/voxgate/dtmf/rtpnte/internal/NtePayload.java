package org.voxgate.dtmf.rtpnte.internal;

/**
 * The 4-octet payload of an RFC 4733 named telephone event (§2.3):
 * {@code event(8) | E(1) R(1) volume(6) | duration(16, big-endian)}. The duration is in RTP timestamp units
 * (8 per millisecond at telephone-event/8000), unlike Cisco's NOTIFY body which counts milliseconds.
 *
 * @param event    event code: 0-9, * = 10, # = 11, A-D = 12-15, flash = 16 ...
 * @param end      the E bit: the event has ended
 * @param volume   power level in -dBm0 (0-63), 10 = -10 dBm0
 * @param duration 0-65535 timestamp units since the event's timestamp
 */
record NtePayload(int event, boolean end, int volume, int duration) {
    static final int SIZE = 4;
    static final int MAX_DURATION = 0xFFFF;

    NtePayload {
        if (event < 0 || event > 255 || volume < 0 || volume > 63 || duration < 0 || duration > MAX_DURATION) {
            throw new IllegalArgumentException("event " + event + ", volume " + volume + ", duration " + duration);
        }
    }

    /**
     * The current event of a packet: the last 4-octet block. RFC 4733 §2.5.1.5 lets a packet carry earlier, ended
     * events before it (redundancy); those were reported from their own packets, so only the last block counts.
     *
     * @return null when the payload is shorter than one block
     */
    static NtePayload parse(byte[] payload) {
        if (payload == null || payload.length < SIZE) {
            return null;
        }
        int at = (payload.length / SIZE - 1) * SIZE;
        int flags = payload[at + 1] & 0xFF;
        int duration = ((payload[at + 2] & 0xFF) << 8) | (payload[at + 3] & 0xFF);
        return new NtePayload(payload[at] & 0xFF, (flags & 0x80) != 0, flags & 0x3F, duration);
    }

    /** The wire form; the R bit is always 0 (reserved). */
    byte[] encode() {
        return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >> 8), (byte) duration};
    }
}
