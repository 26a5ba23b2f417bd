package org.voxgate.dtmf.rtpnte.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.media.MediaSession;

/**
 * Plays key presses towards one leg's peer as RFC 4733 events, one after the other. For a key held {@code D} ms the
 * packets are, with every one carrying the event's start timestamp:
 * <ul>
 * <li>at 0, 50, 100 ... ms while before {@code D}: updates, the first with the marker bit, each with the duration up
 * to the end of its 50 ms interval (capped at the key's duration), so no packet says 0;</li>
 * <li>at {@code D}, {@code D}+50 and {@code D}+100 ms: the end packet (E=1, full duration), three times as §2.5.1.4
 * asks so that losing one loses no key;</li>
 * <li>the next key starts 50 ms after the last end packet.</li>
 * </ul>
 * Calls come from the call's executor ({@link #enqueue}, {@link #close}) and the timer; both hold the lock.
 */
final class NteSender {
    private static final Logger LOG = Logger.getLogger(NteSender.class.getName());
    static final int UPDATE_MS = 50;
    static final int END_COPIES = 3;
    static final int GAP_MS = 50;
    static final int VOLUME = 10;
    private static final int UNITS_PER_MS = 8;

    private final DtmfLeg leg;
    private final DigitTimer timer;
    private final Queue<DtmfDigit> queue = new ArrayDeque<>();
    private boolean closed;
    /** The event being played; null between events. */
    private Playing playing;
    private DigitTimer.Task next;

    /** One event on the wire: what every packet of it shares, and how far it got. */
    private static final class Playing {
        final DtmfDigit digit;
        final MediaSession media;
        final int payloadType;
        final long timestamp;
        final int units;
        int elapsedMs;
        int endsSent;

        Playing(DtmfDigit digit, MediaSession media, int payloadType, long timestamp) {
            this.digit = digit;
            this.media = media;
            this.payloadType = payloadType;
            this.timestamp = timestamp;
            // longer keys would need RFC 4733 segments; IOS caps key presses far below 8 s anyway
            this.units = Math.min(NtePayload.MAX_DURATION, digit.durationMs() * UNITS_PER_MS);
        }
    }

    NteSender(DtmfLeg leg, DigitTimer timer) {
        this.leg = leg;
        this.timer = timer;
    }

    synchronized void enqueue(DtmfDigit digit) {
        if (closed) {
            return;
        }
        queue.add(digit);
        if (playing == null && next == null) {
            startNext();
        }
    }

    /** Stops: an event on the wire gets one end packet now, so the peer does not play it on; queued keys are lost. */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        if (next != null) {
            next.cancel();
            next = null;
        }
        Playing p = playing;
        playing = null;
        if (p != null && p.endsSent == 0) {
            int units = Math.min(p.units, Math.max(1, p.elapsedMs * UNITS_PER_MS));
            send(p, false, new NtePayload(p.digit.event(), true, VOLUME, units));
        }
    }

    private void startNext() {
        next = null;
        DtmfDigit digit;
        while ((digit = queue.poll()) != null) {
            char key = digit.key();
            MediaSession media = leg.media();
            int pt = TelephoneEventSdp.payloadType(leg.remoteSdp());
            if (media == null || pt < 0) {
                LOG.warning(() -> "call " + leg.callId() + " leg " + leg.side() + ": key " + key + " not sent by "
                        + "rtp-nte: " + (media == null ? "media not anchored" : "the peer's SDP has no telephone-event"));
                continue;
            }
            long ts = media.timestamp(leg.side());
            if (ts < 0) { // nothing sent to this peer yet: any start is as good as RFC 3550's random one
                ts = ThreadLocalRandom.current().nextLong(1L << 32);
            }
            playing = new Playing(digit, media, pt, ts);
            step();
            return;
        }
    }

    /** Sends the packet due now and schedules the next one. */
    private void step() {
        Playing p = playing;
        if (closed || p == null) {
            return;
        }
        int durationMs = p.digit.durationMs();
        if (p.elapsedMs < durationMs) {
            int units = Math.min(p.units, (p.elapsedMs + UPDATE_MS) * UNITS_PER_MS);
            send(p, p.elapsedMs == 0, new NtePayload(p.digit.event(), false, VOLUME, units));
            int delay = Math.min(UPDATE_MS, durationMs - p.elapsedMs);
            p.elapsedMs += delay;
            next = timer.schedule(this::timed, delay);
            return;
        }
        send(p, false, new NtePayload(p.digit.event(), true, VOLUME, p.units));
        p.endsSent++;
        if (p.endsSent < END_COPIES) {
            next = timer.schedule(this::timed, UPDATE_MS);
        } else {
            playing = null;
            next = timer.schedule(this::gapOver, GAP_MS);
        }
    }

    private synchronized void timed() {
        next = null;
        step();
    }

    private synchronized void gapOver() {
        next = null;
        if (!closed) {
            startNext();
        }
    }

    private void send(Playing p, boolean marker, NtePayload payload) {
        if (!p.media.inject(leg.side(), p.payloadType, marker, p.timestamp, payload.encode())) {
            LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": telephone-event not sent (no media flow)");
        }
    }
}
