package org.voxgate.dtmf.kpml.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;

/**
 * The peer's in-dialog KPML subscription to us (RFC 4730 notifier): accept its SUBSCRIBE, confirm with a NOTIFY
 * without body, report each key its regexes match in a NOTIFY of its own, and end the subscription when it is
 * one-shot and reported, expires, is unsubscribed, or the session closes. Only one NOTIFY is outstanding at a time;
 * the others wait in order.
 * <p>
 * Called on the call's executor, the relay's timer and the SIP stack's response threads: state is guarded by this
 * object's monitor, and {@link DtmfLeg#send} is called under it to keep the NOTIFYs in order.
 */
final class KpmlNotifier {
    private static final Logger LOG = Logger.getLogger(KpmlNotifier.class.getName());

    /** RFC 4730 §4.2: the kpml package's default subscription duration; also the most we grant. */
    static final int DEFAULT_EXPIRES = 7200;

    /** A NOTIFY to send: terminal ones end the subscription; active ones carry the seconds left when sent. */
    private record Notification(boolean terminal, String reason, byte[] body) {}

    private final DtmfLeg leg;
    private final RelayTimer timer;
    private final Queue<Notification> queue = new ArrayDeque<>();

    /** The peer's request while subscribed; null without a subscription. */
    private KpmlDocuments.Request document;
    /** False after a {@code single-notify} report: subscribed, but nothing more is reported until a new request. */
    private boolean armed;
    private long expiresAtMs;
    private RelayTimer.Scheduled expiry = RelayTimer.Scheduled.NONE;
    private long generation;
    private boolean outstanding;
    private boolean closed;

    KpmlNotifier(DtmfLeg leg, RelayTimer timer) {
        this.leg = leg;
        this.timer = timer;
    }

    /**
     * Answers a SUBSCRIBE {@code Event: kpml}. SIP-level faults get SIP codes (400 unreadable, 415 wrong type); a
     * well-formed request we cannot serve is accepted and ended at once by a NOTIFY with KPML code 501, because RFC
     * 4730 reports KPML-level errors in the NOTIFY body, not in the SUBSCRIBE response.
     */
    synchronized DtmfResponse onSubscribe(DtmfRequest subscribe) {
        Optional<Integer> asked = expires(subscribe.header("Expires"));
        if (asked.isEmpty()) {
            return DtmfResponse.of(400);
        }
        int expires = Math.min(asked.get(), DEFAULT_EXPIRES);
        if (expires == 0) {
            // Unsubscribe (or a fetch, RFC 6665 §4.4.3): the final state is "terminated".
            end();
            enqueue(new Notification(true, "timeout", null));
            return granted(0);
        }
        KpmlDocuments.Request request = document;
        if (subscribe.body().length > 0) {
            if (!KpmlDocuments.REQUEST_TYPE.equals(subscribe.mediaType())) {
                return new DtmfResponse(415, List.of(Map.entry("Accept", KpmlDocuments.REQUEST_TYPE)), null, null);
            }
            Optional<KpmlDocuments.Request> parsed = KpmlDocuments.parseRequest(subscribe.body());
            if (parsed.isEmpty()) {
                return DtmfResponse.of(400);
            }
            if (!parsed.get().supported()) {
                LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": KPML request refused: "
                        + parsed.get().unsupported());
                end();
                // "rejected": RFC 6665 tells the subscriber not to retry the same request.
                enqueue(new Notification(true, "rejected",
                        KpmlDocuments.error(KpmlDocuments.BAD_DOCUMENT, "Bad Document")));
                return granted(0);
            }
            request = parsed.get();
            armed = true;
        } else if (request == null) {
            return DtmfResponse.of(400); // a new subscription without a request: nothing to match keys against
        }
        document = request;
        expiresAtMs = timer.nowMs() + expires * 1000L;
        expiry.cancel();
        long g = ++generation;
        expiry = timer.schedule(() -> expired(g), expires * 1000L);
        enqueue(new Notification(false, null, null)); // RFC 6665: every accepted SUBSCRIBE gets a NOTIFY
        return granted(expires);
    }

    private static DtmfResponse granted(int expires) {
        return new DtmfResponse(200, List.of(Map.entry("Expires", String.valueOf(expires))), null, null);
    }

    /** Reports a key if a subscription's regex matches it; without one the key cannot go out by KPML. */
    synchronized void send(DtmfDigit digit) {
        if (closed || document == null || !armed) {
            LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": no KPML subscription; '" + digit.key() + "' dropped");
            return;
        }
        Optional<DigitRegex> match = document.regexes().stream().filter(r -> r.matches(digit.key())).findFirst();
        if (match.isEmpty()) {
            return; // the subscriber did not ask for this key
        }
        byte[] body = KpmlDocuments.report(digit.key(), match.get().tag());
        switch (document.persist()) {
            case PERSIST -> enqueue(new Notification(false, null, body));
            case SINGLE_NOTIFY -> {
                armed = false;
                enqueue(new Notification(false, null, body));
            }
            case ONE_SHOT -> {
                end();
                enqueue(new Notification(true, null, body)); // the report itself ends a one-shot subscription
            }
        }
    }

    private synchronized void expired(long g) {
        if (g == generation && document != null) {
            end();
            enqueue(new Notification(true, "timeout", null));
        }
    }

    /** Forgets the subscription; the NOTIFY saying so is queued by the caller. */
    private void end() {
        document = null;
        armed = false;
        expiry.cancel();
        generation++;
    }

    private void enqueue(Notification n) {
        queue.add(n);
        pump();
    }

    private void pump() {
        if (outstanding || queue.isEmpty()) {
            return;
        }
        Notification n = queue.remove();
        outstanding = true;
        SubscriptionState state = n.terminal() ? SubscriptionState.terminated(n.reason())
                : SubscriptionState.active((expiresAtMs - timer.nowMs() + 999) / 1000);
        DtmfRequest notify = new DtmfRequest("NOTIFY",
                List.of(Map.entry("Event", "kpml"), Map.entry("Subscription-State", state.format())),
                n.body() == null ? null : KpmlDocuments.RESPONSE_TYPE, n.body());
        leg.send(notify).whenComplete((response, failure) -> answered(response));
    }

    private synchronized void answered(DtmfResponse response) {
        outstanding = false;
        int status = response == null ? 503 : response.status();
        if (status == 481 || status == 408 || status == 503) {
            // RFC 6665 §4.2.2: a NOTIFY that times out or finds no subscription ends it; so does one the core
            // could not send. Other failures leave the subscription to its expiry.
            LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": KPML NOTIFY got " + status + "; subscription ended");
            end();
            queue.clear();
            return;
        }
        pump();
    }

    /** True while the peer is subscribed (for {@code describe}). */
    synchronized boolean subscribed() {
        return document != null;
    }

    /** Ends the peer's subscription with "deactivated", which RFC 6665 lets it renew at once (with our successor). */
    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // Subscribed, or its ending NOTIFY not sent yet: either way the peer must hear that it is over.
        boolean had = document != null || queue.stream().anyMatch(Notification::terminal);
        end();
        queue.clear();
        if (had) {
            enqueue(new Notification(true, "deactivated", null));
        }
    }

    private static Optional<Integer> expires(String header) {
        if (header == null) {
            return Optional.of(DEFAULT_EXPIRES);
        }
        try {
            int v = Integer.parseInt(header.trim());
            return v < 0 ? Optional.empty() : Optional.of(v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
