package org.voxgate.dtmf.rtpnte.internal;

import java.util.function.Consumer;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.media.RtpFrame;

/**
 * Turns the telephone-event packets of one sender into key presses, each reported once when it ends (RFC 4733
 * §2.5.2). An event is identified by its RTP timestamp, which every packet of it shares. It ends with the first
 * E=1 packet (the two retransmissions that follow carry the same timestamp and are dropped), or, for senders that
 * lose or never send end packets, when a packet with a later timestamp starts the next event, or when the session's
 * watchdog finds it silent for too long ({@link #expire}). The marker bit is not relied on: some senders never set it.
 * Thread-safe: packets come from the relay thread, the watchdog from the bundle's timer.
 */
final class NteReceiver {
    private static final long MASK32 = 0xFFFF_FFFFL;
    private static final int UNITS_PER_MS = 8;

    private final Consumer<DtmfDigit> digits;
    private long ssrc = -1;
    /** The event being received. */
    private boolean active;
    private long timestamp;
    private int event;
    private int units;
    /** Units of the earlier segments of a long event (RFC 4733 §2.5.1.3: each segment is at most 0xFFFF). */
    private long earlierSegments;
    private long lastPacketNanos;
    /** Timestamp of the last event reported: its remaining packets and anything older are late copies. */
    private boolean reportedAny;
    private long lastReported;

    NteReceiver(Consumer<DtmfDigit> digits) {
        this.digits = digits;
    }

    synchronized void frame(RtpFrame frame, long nowNanos) {
        NtePayload p = NtePayload.parse(frame.payload());
        if (p == null) {
            return;
        }
        if (frame.ssrc() != ssrc) { // a new sender starts its own timestamp line
            finish();
            ssrc = frame.ssrc();
            reportedAny = false;
        }
        long ts = frame.timestamp() & MASK32;
        if (reportedAny && !after(ts, lastReported)) {
            return;
        }
        if (active && ts != timestamp && !after(ts, timestamp)) {
            return; // reordered: a late copy from before the current event or segment
        }
        if (active && ts != timestamp) {
            if (nextSegment(p, ts)) {
                earlierSegments += units;
                units = 0;
                timestamp = ts;
            } else {
                finish(); // its end packets were lost, or the sender sends none
            }
        }
        if (!active) {
            active = true;
            timestamp = ts;
            event = p.event();
            units = 0;
            earlierSegments = 0;
        }
        units = Math.max(units, p.duration());
        lastPacketNanos = nowNanos;
        if (p.end()) {
            finish();
        }
    }

    /**
     * Ends the current event if no packet of it came for {@code idleNanos} (its end packets were lost and no later
     * event came to end it).
     *
     * @return true while an event is still being received
     */
    synchronized boolean expire(long nowNanos, long idleNanos) {
        if (active && nowNanos - lastPacketNanos >= idleNanos) {
            finish();
        }
        return active;
    }

    synchronized boolean active() {
        return active;
    }

    /** A long event goes on in a new segment exactly where the last one, of full length, ended. */
    private boolean nextSegment(NtePayload p, long ts) {
        return p.event() == event && units == NtePayload.MAX_DURATION
                && ts == ((timestamp + NtePayload.MAX_DURATION) & MASK32);
    }

    private void finish() {
        if (!active) {
            return;
        }
        active = false;
        reportedAny = true;
        lastReported = timestamp;
        char key = DtmfDigit.keyOf(event);
        if (key != (char) -1) { // flash and other non-key events are consumed but not relayed
            long ms = (earlierSegments + units) / UNITS_PER_MS;
            digits.accept(new DtmfDigit(key, (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms))));
        }
    }

    /** RTP timestamp order modulo 2^32 (RFC 3550 serial arithmetic): {@code a} is later than {@code b}. */
    private static boolean after(long a, long b) {
        long d = (a - b) & MASK32;
        return d != 0 && d < 0x8000_0000L;
    }
}
