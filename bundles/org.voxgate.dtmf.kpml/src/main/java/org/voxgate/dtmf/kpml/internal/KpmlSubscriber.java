package org.voxgate.dtmf.kpml.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;

/**
 * Our in-dialog KPML subscription to the peer (the IOS originating side): SUBSCRIBE with the persistent request for
 * every key, refresh before it expires, report the keys of the peer's NOTIFYs, subscribe once more if the peer
 * terminates it, and unsubscribe ({@code Expires: 0}) on close.
 * <p>
 * NOTIFYs come on the call's executor, SUBSCRIBE responses on the SIP stack's threads and refreshes on the relay's
 * timer: state is guarded by this object's monitor; {@link DtmfLeg} calls are made under it to keep their order.
 */
final class KpmlSubscriber {
    private static final Logger LOG = Logger.getLogger(KpmlSubscriber.class.getName());

    static final int EXPIRES = 7200;
    /** KPML reports keys without durations; the key is played for 250 ms, the IOS default of SIP INFO. */
    static final int DIGIT_DURATION_MS = 250;
    /** Refresh this long before expiry: a refresh retransmitted up to Timer F (32 s) still lands in time. */
    static final int REFRESH_MARGIN_SECONDS = 32;

    enum State { IDLE, SUBSCRIBING, ACTIVE, TERMINATED, CLOSED }

    private final DtmfLeg leg;
    private final RelayTimer timer;

    private State state = State.IDLE;
    /** A SUBSCRIBE waits for its final response: never send another meanwhile. */
    private boolean inFlight;
    private boolean resubscribed;
    private boolean triedMinExpires;
    /** Closed while a SUBSCRIBE was in flight: unsubscribe once it is answered with success. */
    private boolean unsubscribeWhenAnswered;
    private RelayTimer.Scheduled refresh = RelayTimer.Scheduled.NONE;
    private long generation;

    KpmlSubscriber(DtmfLeg leg, RelayTimer timer) {
        this.leg = leg;
        this.timer = timer;
    }

    synchronized void start() {
        if (state == State.IDLE) {
            subscribe(EXPIRES);
        }
    }

    synchronized State state() {
        return state;
    }

    private void subscribe(int expires) {
        inFlight = true;
        if (state != State.ACTIVE) {
            state = State.SUBSCRIBING;
        }
        DtmfRequest subscribe = new DtmfRequest("SUBSCRIBE",
                List.of(Map.entry("Event", "kpml"), Map.entry("Expires", String.valueOf(expires))),
                KpmlDocuments.REQUEST_TYPE, KpmlDocuments.request());
        leg.send(subscribe).whenComplete((response, failure) -> answered(response, expires));
    }

    private void unsubscribe() {
        leg.send(new DtmfRequest("SUBSCRIBE", List.of(Map.entry("Event", "kpml"), Map.entry("Expires", "0")), null,
                null));
    }

    private synchronized void answered(DtmfResponse response, int asked) {
        inFlight = false;
        boolean ok = response != null && response.isSuccess();
        if (state == State.CLOSED) {
            if (ok && unsubscribeWhenAnswered) {
                unsubscribe();
            }
            return;
        }
        if (ok) {
            if (state == State.TERMINATED) {
                return; // the peer's terminating NOTIFY overtook this answer
            }
            int granted = header(response, "Expires").orElse(asked);
            if (granted <= 0) {
                state = State.TERMINATED;
                return;
            }
            state = State.ACTIVE;
            scheduleRefresh(granted);
            return;
        }
        int status = response == null ? 503 : response.status();
        Optional<Integer> minExpires = response == null ? Optional.empty() : header(response, "Min-Expires");
        if (status == 423 && minExpires.isPresent() && !triedMinExpires) {
            triedMinExpires = true; // 423 Interval Too Brief: once more with what the peer asks for
            subscribe(minExpires.get());
            return;
        }
        LOG.info(() -> "call " + leg.callId() + " leg " + leg.side() + ": KPML SUBSCRIBE got " + status
                + "; no KPML digits from this peer");
        state = State.TERMINATED;
        refresh.cancel();
        generation++;
    }

    private void scheduleRefresh(int expiresSeconds) {
        refresh.cancel();
        long g = ++generation;
        long delaySeconds = expiresSeconds > 2 * REFRESH_MARGIN_SECONDS ? expiresSeconds - REFRESH_MARGIN_SECONDS
                : Math.max(1, expiresSeconds / 2);
        refresh = timer.schedule(() -> refreshNow(g), delaySeconds * 1000);
    }

    private synchronized void refreshNow(long g) {
        if (g == generation && state == State.ACTIVE && !inFlight) {
            subscribe(EXPIRES);
        }
    }

    /** A NOTIFY {@code Event: kpml} from the peer: 200 and its keys reported, or why not. */
    synchronized DtmfResponse onNotify(DtmfRequest notify) {
        if (state == State.IDLE || state == State.TERMINATED || state == State.CLOSED) {
            return DtmfResponse.of(481); // RFC 6665 §4.1.3: no subscription of ours matches
        }
        if (notify.body().length > 0) {
            if (!KpmlDocuments.RESPONSE_TYPE.equals(notify.mediaType())) {
                return DtmfResponse.of(415);
            }
            Optional<KpmlDocuments.Response> report = KpmlDocuments.parseResponse(notify.body());
            if (report.isEmpty()) {
                return DtmfResponse.of(400);
            }
            if (report.get().code() == KpmlDocuments.SUCCESS) {
                for (char c : report.get().digits().toCharArray()) {
                    if (DtmfDigit.isKey(c)) {
                        leg.received(new DtmfDigit(c, DIGIT_DURATION_MS));
                    }
                }
            } else {
                LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": KPML report code " + report.get().code());
            }
        }
        SubscriptionState s = SubscriptionState.parse(notify.header("Subscription-State"));
        if (s.isTerminated()) {
            state = State.TERMINATED;
            refresh.cancel();
            generation++;
            if (!resubscribed && !inFlight && s.mayResubscribe()) {
                resubscribed = true; // once only: a peer that keeps terminating must not get a SUBSCRIBE loop
                subscribe(EXPIRES);
            }
        }
        return DtmfResponse.of(200);
    }

    synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        State was = state;
        state = State.CLOSED;
        refresh.cancel();
        generation++;
        if (inFlight) {
            unsubscribeWhenAnswered = was != State.TERMINATED;
        } else if (was == State.ACTIVE) {
            unsubscribe();
        }
    }

    private static Optional<Integer> header(DtmfResponse response, String name) {
        for (Map.Entry<String, String> h : response.headers()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                try {
                    return Optional.of(Integer.parseInt(h.getValue().trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
