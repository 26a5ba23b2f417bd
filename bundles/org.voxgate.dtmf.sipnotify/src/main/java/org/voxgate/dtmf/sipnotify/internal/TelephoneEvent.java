package org.voxgate.dtmf.sipnotify.internal;

import java.util.Optional;

/**
 * The 4-byte body of a Cisco NOTIFY ({@code audio/telephone-event}): {@code event(8) | E(1) R(1) unused(6) |
 * duration(16)}. Unlike RFC 4733 RTP events the duration is in <b>milliseconds</b> (semantics §1.4). Digit 7, E=0,
 * 2000 ms is {@code 07 00 07 D0}.
 *
 * @param event      the RFC 4733 event code (0-15 keys, 16 flash, up to 255 on the wire)
 * @param end        the E bit: the key went up
 * @param durationMs milliseconds since the key went down, 0-65535
 */
record TelephoneEvent(int event, boolean end, int durationMs) {
    static final String MEDIA_TYPE = "audio/telephone-event";
    static final int LENGTH = 4;
    private static final int END_BIT = 0x80;
    static final int MAX_DURATION_MS = 0xFFFF;

    byte[] encode() {
        int d = Math.max(0, Math.min(MAX_DURATION_MS, durationMs));
        return new byte[] { (byte) event, (byte) (end ? END_BIT : 0), (byte) (d >>> 8), (byte) d };
    }

    /** Reads a body; empty unless it is exactly 4 bytes. The R and unused bits are ignored, as RFC 4733 asks. */
    static Optional<TelephoneEvent> decode(byte[] body) {
        if (body.length != LENGTH) {
            return Optional.empty();
        }
        int duration = ((body[2] & 0xFF) << 8) | (body[3] & 0xFF);
        return Optional.of(new TelephoneEvent(body[0] & 0xFF, (body[1] & END_BIT) != 0, duration));
    }
}
