package org.voxgate.call.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaTap;
import org.voxgate.spi.media.RtpFrame;

/**
 * DTMF relay of one SIP-to-SIP call: advertises each leg's {@code dtmf-relay} methods in the setup messages, chooses
 * a method per leg once both sides spoke, attaches the relays, hands every digit one leg reports to the other leg's
 * relay, and re-chooses when a relay bundle comes or goes (hot swap: a leg falls back to the next method, in-band
 * last, and is handed back when the bundle returns). When both legs end up in-band nothing is attached: the tones
 * are in the audio the media relay carries anyway. Runs on the call's serial executor.
 */
final class CallDtmf {
    private static final Logger LOG = Logger.getLogger(CallDtmf.class.getName());
    final Call call;
    final LegDtmf a;
    final LegDtmf b;
    final DtmfRequests requests;
    private boolean connected;
    private boolean closed;
    private AutoCloseable eventFilter;

    CallDtmf(Call call) {
        this.call = call;
        this.a = new LegDtmf(this, MediaLeg.A);
        this.b = new LegDtmf(this, MediaLeg.B);
        this.requests = new DtmfRequests(this);
    }

    private DtmfRelays relays() {
        return call.services.dtmf();
    }

    Leg sipLeg(MediaLeg side) {
        return side == MediaLeg.A ? call.in : call.out;
    }

    LegDtmf leg(Leg sipLeg) {
        return sipLeg == call.in ? a : b;
    }

    // ---- setup ------------------------------------------------------------------------------------

    /** The caller's INVITE and its inbound dial peer's methods. */
    void caller(Request invite, List<String> methods) {
        a.configure(methods);
        a.peer = SipDtmfMessage.received(invite, null);
        a.remoteSdp = a.peer.sdp();
    }

    /** Our INVITE towards an outbound peer: advertise its dial peer's methods, withdraw the others. */
    void offer(Request invite, List<String> methods) {
        b.configure(methods);
        b.peer = null;
        b.remoteSdp = null;
        if (relays().isEmpty()) {
            return;
        }
        SipDtmfMessage m = SipDtmfMessage.outgoing(invite, call.services.stack().headerFactory(),
                SipMessages.isSdp(invite) ? invite.getRawContent() : null);
        for (DtmfRelay relay : relays().all()) {
            edit(relay, m, b.configured.contains(relay.method()), null);
        }
        setSdp(invite, m);
        b.localSdp = m.sdp();
    }

    /**
     * A 18x or 200 we send on the caller's INVITE: advertise the method chosen for leg A (and the listed methods the
     * caller offered), withdraw the ones the inbound peer does not list. Returns the SDP to send.
     */
    byte[] answer(Response response, byte[] sdp) {
        if (relays().isEmpty() || a.peer == null) {
            return sdp;
        }
        a.chosen = a.choose(relays());
        SipDtmfMessage m = SipDtmfMessage.outgoing(response, call.services.stack().headerFactory(), sdp);
        for (DtmfRelay relay : relays().all()) {
            boolean listed = a.configured.contains(relay.method());
            boolean offered = listed && a.supports(relays(), relay.method());
            edit(relay, m, relay.method().equals(a.chosen) || offered, a.peer);
        }
        a.localSdp = m.sdp();
        return m.sdpChanged() ? m.sdpBytes() : sdp;
    }

    /** SDP in a provisional from the callee (early media): kept for a 200 that carries none. */
    void calleeSdp(Response provisional) {
        if (SipMessages.isSdp(provisional)) {
            b.remoteSdp = new String(provisional.getRawContent(), StandardCharsets.UTF_8);
        }
    }

    /** The callee's 200: its capabilities settle leg B. */
    void calleeAnswered(Response ok) {
        b.peer = SipDtmfMessage.received(ok, b.remoteSdp);
        b.remoteSdp = b.peer.sdp();
    }

    /** The caller's late-offer SDP (in its ACK). */
    void callerSdp(byte[] sdp) {
        if (sdp != null && sdp.length > 0) {
            a.remoteSdp = new String(sdp, StandardCharsets.UTF_8);
        }
    }

    /** Both legs are up: choose and attach. */
    void connected() {
        if (closed || call.in == null || call.out == null) {
            return; // POTS legs have no SIP DTMF
        }
        connected = true;
        renegotiate();
        a.peer = SipDtmfMessage.detached(a.peer); // the parsed INVITE and 200 are not kept for the call's length
        b.peer = SipDtmfMessage.detached(b.peer);
    }

    /** A relay service came or went: every leg chooses again (hot swap). */
    void relaysChanged() {
        if (connected && !closed) {
            a.dropStaleReceivers(relays());
            b.dropStaleReceivers(relays());
            renegotiate();
        }
    }

    private void renegotiate() {
        DtmfRelays relays = relays();
        String beforeA = a.chosen;
        String beforeB = b.chosen;
        a.chosen = a.choose(relays);
        b.chosen = b.choose(relays);
        if (!passThrough()) {
            for (LegDtmf leg : List.of(a, b)) {
                while (!leg.attach(relays)) { // a relay that fails to attach is skipped from then on
                    leg.chosen = leg.choose(relays);
                }
            }
        }
        if (passThrough()) {
            a.detach();
            b.detach();
        }
        logChange(a, beforeA);
        logChange(b, beforeB);
        filterEvents();
    }

    private void logChange(LegDtmf leg, String before) {
        if (before != null && !before.equals(leg.chosen)) {
            LOG.info(call + ": DTMF relay on leg " + leg.side() + " changed from " + before + " to "
                    + (leg.chosen == null ? "none" : leg.chosen));
        }
    }

    /** Both legs in-band (or without any relay): the tones travel in the audio; detecting them would double them. */
    private boolean passThrough() {
        return !outOfBand(a.chosen) && !outOfBand(b.chosen);
    }

    private static boolean outOfBand(String method) {
        return method != null && !method.equals(DtmfRelay.INBAND);
    }

    /**
     * RFC 4733 packets from a leg whose method is not rtp-nte must not reach the other leg: that leg either gets
     * the digit by its own method already (IOS suppresses NTE then) or never negotiated telephone-event.
     */
    private void filterEvents() {
        MediaSession media = call.media.session();
        boolean needed = media != null && (sendsEvents(a) || sendsEvents(b));
        if (needed && eventFilter == null) {
            eventFilter = media.attach(new MediaTap() {
                @Override
                public boolean event(MediaLeg from, RtpFrame frame) {
                    LegDtmf leg = from == MediaLeg.A ? a : b;
                    return DtmfRelay.RTP_NTE.equals(leg.chosen) || passThrough();
                }
            });
        }
    }

    private static boolean sendsEvents(LegDtmf leg) {
        String sdp = leg.remoteSdp;
        return sdp != null && sdp.contains("telephone-event") && !DtmfRelay.RTP_NTE.equals(leg.chosen);
    }

    // ---- digits and requests ------------------------------------------------------------------------

    /** A digit from {@code from}'s peer: out on the other leg by that leg's method. */
    void deliver(LegDtmf from, DtmfDigit digit) {
        if (closed) {
            return;
        }
        LegDtmf to = from == a ? b : a;
        relays().countReceived(from.chosen == null ? DtmfRelay.INBAND : from.chosen);
        if (to.session == null && to.chosen == null) {
            to.chosen = to.choose(relays());
        }
        if (to.session == null && !to.attach(relays())) {
            to.chosen = to.choose(relays());
            to.attach(relays());
        }
        DtmfSession s = to.session;
        if (s == null) {
            LOG.info(call + ": digit " + digit.key() + " from leg " + from.side() + " not relayed: no DTMF method on leg "
                    + to.side());
            return;
        }
        LOG.fine(() -> call + ": digit " + digit.key() + " (" + digit.durationMs() + " ms) leg " + from.side() + " -> "
                + to.side() + " by " + to.chosen);
        try {
            s.send(digit);
            relays().countSent(to.chosen);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call + ": DTMF relay " + to.chosen + " failed to send a digit", e);
        }
    }

    /** An in-dialog INFO, NOTIFY or SUBSCRIBE: true when a DTMF relay took it (and it was answered). */
    boolean onRequest(Leg from, Request request, ServerTransaction st) {
        String method = request.getMethod();
        if (closed || relays().isEmpty() || !(Request.INFO.equals(method) || Request.NOTIFY.equals(method)
                || Request.SUBSCRIBE.equals(method))) {
            return false;
        }
        LegDtmf leg = leg(from);
        var dr = DtmfRequests.toDtmf(request);
        DtmfResponse response = null;
        if (leg.session != null) {
            response = ask(leg.session, dr, leg.chosen);
        }
        for (DtmfRelay relay : relays().all()) {
            if (response != null) {
                break;
            }
            if (relay.acceptsUnnegotiated() && !relay.method().equals(leg.chosen)) {
                DtmfSession s = leg.receiver(relay);
                response = s == null ? null : ask(s, dr, relay.method());
            }
        }
        if (response == null) {
            return false;
        }
        requests.answer(st, request, response, from);
        return true;
    }

    private DtmfResponse ask(DtmfSession s, org.voxgate.spi.dtmf.DtmfRequest r, String method) {
        try {
            return s.onRequest(r);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call + ": DTMF relay " + method + " failed on " + r.method(), e);
            return DtmfResponse.of(500);
        }
    }

    void close() {
        closed = true;
        a.close();
        b.close();
        closeQuietly(eventFilter, call);
        eventFilter = null;
    }

    // ---- helpers ----------------------------------------------------------------------------------


    private void edit(DtmfRelay relay, SipDtmfMessage m, boolean advertise, org.voxgate.spi.dtmf.DtmfMessage peerOffer) {
        try {
            if (advertise) {
                relay.advertise(m, peerOffer);
            } else {
                relay.withdraw(m);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, call + ": DTMF relay " + relay.method() + " failed to edit a setup message", e);
        }
    }

    private void setSdp(javax.sip.message.Message message, SipDtmfMessage m) {
        if (!m.sdpChanged()) {
            return; // the body stays as the media relay wrote it
        }
        byte[] sdp = m.sdpBytes();
        try {
            message.setContent(sdp, call.services.stack().headerFactory().createContentTypeHeader("application", "sdp"));
        } catch (java.text.ParseException e) {
            LOG.log(Level.WARNING, call + ": cannot set the SDP", e);
        }
    }

    static void closeQuietly(AutoCloseable c, Object call) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception | LinkageError e) { // a relay bundle already gone may no longer load its classes
            LOG.log(Level.FINE, call + ": DTMF session close failed", e);
        }
    }
}
