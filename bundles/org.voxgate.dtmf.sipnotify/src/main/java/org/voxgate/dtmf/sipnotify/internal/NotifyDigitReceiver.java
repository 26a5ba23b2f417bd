package org.voxgate.dtmf.sipnotify.internal;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;

/**
 * Turns the peer's NOTIFY stream into one report per key press, following IOS's receive rules (semantics §1.4): the
 * first NOTIFY of a key arms a timer for its duration, updates of the same key move the timer on, E=1 ends the key
 * with its real duration, and a different key pre-empts the held one. When the timer expires first, IOS stops the
 * tone; we report the key then, with the duration the peer announced, and ignore that key's NOTIFYs until its E=1.
 * <p>
 * NOTIFYs arrive on the call's executor and timers fire on the relay's thread, so all state is guarded by this
 * object's monitor. {@link DtmfLeg#received} is called under it to keep reports in order; the core only enqueues.
 */
final class NotifyDigitReceiver {
    private static final char NONE = 0;

    private final DtmfLeg leg;
    private final RelayTimer timer;

    private char key = NONE;
    private long startMs;
    /** The duration of the latest NOTIFY of the held key: what the timer waits for, from {@link #startMs}. */
    private int announcedMs;
    /** The timer expired: the key is reported, its NOTIFYs are ignored until the E=1. */
    private boolean timedOut;
    private RelayTimer.Scheduled expiry = RelayTimer.Scheduled.NONE;
    /** Tells a stale timer (re-armed or cancelled too late) from the current one. */
    private long generation;
    private boolean closed;

    NotifyDigitReceiver(DtmfLeg leg, RelayTimer timer) {
        this.leg = leg;
        this.timer = timer;
    }

    synchronized void onEvent(TelephoneEvent event) {
        char k = DtmfDigit.keyOf(event.event());
        if (closed || k == (char) -1) {
            return; // flash (16) and other events are no keys: taken, not relayed
        }
        long now = timer.nowMs();
        // Updates of a held key announce ever longer durations (2D, 3D, ...). An E=0 of the same key that does not
        // is a new press whose predecessor's E=1 never came; without this rule a key that timed out would swallow it.
        boolean newPress = key == k && !event.end() && event.durationMs() <= announcedMs;
        if (key != NONE && (key != k || newPress)) {
            // A different key (or a new press) pre-empts: the held one ends now, with the time it was held so far.
            if (!timedOut) {
                report(key, now - startMs);
            }
            clear();
        }
        if (key == NONE) {
            if (event.end()) {
                report(k, event.durationMs()); // we missed its start: its E=1 still says how long it was
                return;
            }
            key = k;
            startMs = now;
            timedOut = false;
            arm(event.durationMs(), now);
            return;
        }
        if (event.end()) {
            if (!timedOut) {
                report(k, event.durationMs());
            }
            clear();
        } else if (!timedOut) {
            arm(event.durationMs(), now); // update (2x, 3x...): the key is still down
        }
    }

    private void arm(int durationMs, long now) {
        expiry.cancel();
        announcedMs = durationMs;
        long g = ++generation;
        expiry = timer.schedule(() -> expired(g), Math.max(0, startMs + durationMs - now));
    }

    private synchronized void expired(long g) {
        if (closed || g != generation || key == NONE || timedOut) {
            return;
        }
        timedOut = true;
        report(key, announcedMs);
    }

    private void clear() {
        expiry.cancel();
        generation++;
        key = NONE;
        timedOut = false;
    }

    private void report(char k, long durationMs) {
        leg.received(new DtmfDigit(k, (int) Math.max(1, Math.min(Integer.MAX_VALUE, durationMs))));
    }

    /** Drops a key still held: the session ends, so nobody could play it. */
    synchronized void close() {
        closed = true;
        clear();
    }
}
