package org.voxgate.dtmf.sipnotify.internal;

import java.util.Locale;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.DtmfSession;

/** Cisco NOTIFY DTMF on one leg: a {@link NotifyDigitReceiver} for the peer's keys, a {@link NotifyDigitSender} for ours. */
final class SipNotifySession implements DtmfSession {
    static final String EVENT = "telephone-event";

    private final int maxDurationMs;
    private final NotifyDigitReceiver receiver;
    private final NotifyDigitSender sender;

    SipNotifySession(DtmfLeg leg, RelayTimer timer, int maxDurationMs) {
        this.maxDurationMs = maxDurationMs;
        this.receiver = new NotifyDigitReceiver(leg, timer);
        this.sender = new NotifyDigitSender(leg, timer, maxDurationMs);
    }

    /**
     * Takes NOTIFY {@code Event: telephone-event}; anything else goes back to the core. A body that is not
     * {@code audio/telephone-event} is 415; one that is not 4 bytes is 400.
     */
    @Override
    public DtmfResponse onRequest(DtmfRequest request) {
        if (!NotifyDigitSender.NOTIFY.equals(request.method()) || !isTelephoneEvent(request)) {
            return null;
        }
        if (!TelephoneEvent.MEDIA_TYPE.equals(request.mediaType())) {
            return DtmfResponse.of(415);
        }
        return TelephoneEvent.decode(request.body()).map(e -> {
            receiver.onEvent(e);
            return DtmfResponse.of(200);
        }).orElseGet(() -> DtmfResponse.of(400));
    }

    /** {@code Event: telephone-event} (or compact {@code o:}), parameters such as {@code ;id=} ignored. */
    private static boolean isTelephoneEvent(DtmfRequest request) {
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
        sender.send(digit);
    }

    @Override
    public String describe() {
        int queued = sender.queued();
        return "notify " + maxDurationMs + " ms" + (queued == 0 ? "" : ", " + queued + " to send");
    }

    @Override
    public void close() {
        receiver.close();
        sender.close();
    }
}
