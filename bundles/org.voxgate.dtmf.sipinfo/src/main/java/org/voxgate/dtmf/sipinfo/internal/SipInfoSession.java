package org.voxgate.dtmf.sipinfo.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.DtmfSession;

/**
 * SIP INFO on one leg. Receiving: INFO with a DTMF body is answered here and its key reported to the core. Sending:
 * one INFO per key, and only one outstanding at a time, so the peer sees the keys in order even over UDP with
 * retransmissions (a later INFO could otherwise overtake an earlier one).
 * <p>
 * {@link #send} and {@link #onRequest} run on the call's serial executor, but INFO responses complete on the SIP
 * stack's threads; the queue is guarded by this object's monitor.
 */
final class SipInfoSession implements DtmfSession {
    private static final Logger LOG = Logger.getLogger(SipInfoSession.class.getName());

    static final String INFO = "INFO";

    private final DtmfLeg leg;
    private final Queue<DtmfDigit> queue = new ArrayDeque<>();
    private boolean outstanding;
    private boolean closed;

    SipInfoSession(DtmfLeg leg) {
        this.leg = leg;
    }

    @Override
    public DtmfResponse onRequest(DtmfRequest request) {
        if (!INFO.equals(request.method())) {
            return null;
        }
        String type = request.mediaType();
        InfoBody.Parsed parsed;
        if (InfoBody.DTMF_RELAY.equals(type)) {
            parsed = InfoBody.parseDtmfRelay(request.body());
        } else if (InfoBody.DTMF.equals(type)) {
            parsed = InfoBody.parseDtmf(request.body());
        } else {
            return null; // not DTMF (e.g. a video update): the core relays it to the other leg
        }
        if (parsed instanceof InfoBody.Key key) {
            leg.received(key.digit());
            return DtmfResponse.of(200);
        }
        if (parsed instanceof InfoBody.Flash) {
            // Well-formed, so 200; but the SPI relays keys only, and a flash is not one.
            LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": INFO hook flash taken but not relayed");
            return DtmfResponse.of(200);
        }
        LOG.fine(() -> leg.callId() + " leg " + leg.side() + ": INFO " + type + " refused: "
                + ((InfoBody.Garbled) parsed).reason());
        return DtmfResponse.of(400);
    }

    @Override
    public void send(DtmfDigit digit) {
        synchronized (this) {
            if (closed) {
                return;
            }
            queue.add(digit);
        }
        sendNext();
    }

    /** Sends the head of the queue unless an INFO is still waiting for its final response. */
    private void sendNext() {
        DtmfDigit next;
        synchronized (this) {
            if (closed || outstanding || queue.isEmpty()) {
                return;
            }
            next = queue.remove();
            outstanding = true;
        }
        DtmfRequest info = new DtmfRequest(INFO, List.of(), InfoBody.DTMF_RELAY, InfoBody.format(next));
        // The stage never completes exceptionally (DtmfLeg contract); guard anyway so one bug cannot stall the queue.
        leg.send(info).whenComplete((response, failure) -> {
            if (failure != null || !response.isSuccess()) {
                LOG.log(Level.FINE, failure, () -> leg.callId() + " leg " + leg.side() + ": INFO for '" + next.key()
                        + "' got " + (response == null ? "no response" : response.status()));
            }
            synchronized (this) {
                outstanding = false;
            }
            sendNext();
        });
    }

    @Override
    public synchronized String describe() {
        return queue.isEmpty() ? "" : "info queued " + queue.size();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            queue.clear();
        }
    }
}
