package org.voxgate.dtmf.kpml.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.DtmfSession;

/**
 * KPML on one leg: our subscription to the peer's keys ({@link KpmlSubscriber}, absent when we do not originate)
 * and the peer's subscription to ours ({@link KpmlNotifier}). Requests with {@code Event: kpml} are ours; a SUBSCRIBE
 * when we do not accept subscriptions is refused with 489.
 */
final class KpmlSession implements DtmfSession {
    static final String EVENT = "kpml";

    private final KpmlSubscriber subscriber;
    private final KpmlNotifier notifier;
    private final boolean accept;

    KpmlSession(DtmfLeg leg, RelayTimer timer, boolean originate, boolean accept) {
        this.subscriber = originate ? new KpmlSubscriber(leg, timer) : null;
        this.notifier = new KpmlNotifier(leg, timer);
        this.accept = accept;
        if (subscriber != null) {
            subscriber.start();
        }
    }

    @Override
    public DtmfResponse onRequest(DtmfRequest request) {
        if (!isKpml(request)) {
            return null;
        }
        switch (request.method()) {
            case "SUBSCRIBE":
                if (!accept) {
                    // 489 Bad Event (RFC 6665 §3.2.2): this leg takes no kpml subscriptions; Allow-Events says none.
                    return new DtmfResponse(489, List.of(), null, null);
                }
                return notifier.onSubscribe(request);
            case "NOTIFY":
                return subscriber != null ? subscriber.onNotify(request) : DtmfResponse.of(481);
            default:
                return null;
        }
    }

    /** {@code Event: kpml} (or compact {@code o:}), parameters such as {@code ;id=} ignored. */
    private static boolean isKpml(DtmfRequest request) {
        String event = request.header("Event");
        if (event == null) {
            event = request.header("o");
        }
        if (event == null) {
            return false;
        }
        int semi = event.indexOf(';');
        return (semi < 0 ? event : event.substring(0, semi)).trim().toLowerCase(Locale.ROOT).equals(EVENT);
    }

    @Override
    public void send(DtmfDigit digit) {
        notifier.send(digit);
    }

    @Override
    public String describe() {
        String out = subscriber == null ? "" : "kpml out " + subscriber.state().name().toLowerCase(Locale.ROOT);
        String in = notifier.subscribed() ? "kpml in active" : "";
        return (out + (out.isEmpty() || in.isEmpty() ? "" : ", ") + in);
    }

    @Override
    public void close() {
        if (subscriber != null) {
            subscriber.close();
        }
        notifier.close();
    }
}
