package org.voxgate.dtmf.sipnotify.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;

/**
 * Plays key presses to the peer as IOS does (semantics §1.4): at key-down a NOTIFY E=0 with the negotiated
 * max-duration D; while the key is still down at D, 2D, ... an update E=0 with 2D, 3D, ...; at key-up a NOTIFY E=1
 * with the real duration. The key's duration is known when the core hands it over, so the NOTIFYs are replayed in
 * real time from the first one: the peer plays the tone until the E=1, and a tone cut short is not detected.
 * <p>
 * A NOTIFY is never sent before the previous one got its final response; a NOTIFY that is due waits for it. A failed
 * NOTIFY abandons the rest of its key (the peer has lost it) and the next key starts.
 * <p>
 * Called on the call's executor ({@link #send}), the relay's timer thread and the SIP stack's response threads: all
 * state is guarded by this object's monitor, and {@link DtmfLeg#send} is called under it to keep NOTIFYs in order.
 */
final class NotifyDigitSender {
    private static final Logger LOG = Logger.getLogger(NotifyDigitSender.class.getName());

    static final String NOTIFY = "NOTIFY";
    static final List<Map.Entry<String, String>> HEADERS = List.of(Map.entry("Event", "telephone-event"),
            Map.entry("Subscription-State", "active"));

    /** One NOTIFY of a key: when it is due (ms after the first) and what it carries. */
    private record Frame(long offsetMs, boolean end, int durationMs) {}

    private final DtmfLeg leg;
    private final RelayTimer timer;
    private final int maxDurationMs;
    private final Queue<DtmfDigit> queue = new ArrayDeque<>();

    private DtmfDigit current;
    private long startMs;
    private int nextFrame;
    private boolean due;
    private boolean awaiting;
    private RelayTimer.Scheduled tick = RelayTimer.Scheduled.NONE;
    private long generation;
    private boolean closed;

    NotifyDigitSender(DtmfLeg leg, RelayTimer timer, int maxDurationMs) {
        this.leg = leg;
        this.timer = timer;
        this.maxDurationMs = maxDurationMs;
    }

    synchronized void send(DtmfDigit digit) {
        if (closed) {
            return;
        }
        queue.add(digit);
        pump();
    }

    /** Frame {@code i} of a key held {@code T} ms with max-duration {@code D}: 0 → (0, E=0, D); k·D &lt; T → update. */
    private Frame frame(int i) {
        int total = current.durationMs();
        if (i == 0) {
            return new Frame(0, false, maxDurationMs);
        }
        long offset = (long) i * maxDurationMs;
        if (offset < total) {
            return new Frame(offset, false, (int) Math.min(TelephoneEvent.MAX_DURATION_MS, offset + maxDurationMs));
        }
        return new Frame(total, true, total);
    }

    /** Sends the next NOTIFY when it is due and nothing is outstanding; starts the next key when one is done. */
    private void pump() {
        if (closed || awaiting) {
            return;
        }
        if (current == null) {
            current = queue.poll();
            if (current == null) {
                return;
            }
            startMs = timer.nowMs();
            nextFrame = 0;
            due = true;
        }
        if (!due) {
            return;
        }
        Frame f = frame(nextFrame++);
        due = false;
        awaiting = true;
        long g = ++generation;
        if (!f.end()) {
            // Armed before sending, so a response that completes inside leg.send finds the next frame scheduled.
            long at = startMs + frame(nextFrame).offsetMs();
            tick = timer.schedule(() -> dueNow(g), at - timer.nowMs());
        }
        byte[] body = new TelephoneEvent(current.event(), f.end(), f.durationMs()).encode();
        DtmfDigit digit = current;
        leg.send(new DtmfRequest(NOTIFY, HEADERS, TelephoneEvent.MEDIA_TYPE, body))
                .whenComplete((response, failure) -> responded(g, digit, f, response));
    }

    private synchronized void dueNow(long g) {
        if (closed || g != generation) {
            return;
        }
        due = true;
        pump();
    }

    private synchronized void responded(long g, DtmfDigit digit, Frame f, DtmfResponse response) {
        if (closed) {
            return;
        }
        awaiting = false;
        if (response == null || !response.isSuccess()) {
            LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": NOTIFY for '" + digit.key() + "' got "
                    + (response == null ? "no response" : response.status()) + "; rest of the key dropped");
            if (g == generation) {
                tick.cancel();
                generation++;
            }
            current = null;
        } else if (f.end()) {
            current = null;
        }
        pump();
    }

    synchronized int queued() {
        return queue.size() + (current == null ? 0 : 1);
    }

    synchronized void close() {
        closed = true;
        tick.cancel();
        queue.clear();
        current = null;
    }
}
