package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContactHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.spi.media.MediaLeg;

/**
 * Everything a call does inside its dialogs: ACKs, BYE from either side, CANCEL towards the callee, and
 * relaying other in-dialog requests (re-INVITE, UPDATE, INFO, ...) to the other leg with their answers back.
 * Runs on the call's serial executor.
 */
final class DialogRelay {
    private static final Logger LOG = Logger.getLogger(DialogRelay.class.getName());
    private final Call call;
    /** Late offer: the ACK expected on {@code ackFrom} carries the answer for the ACK on {@code ackTo}. */
    private Leg ackFrom;
    private Leg ackTo;
    private long ackCseq;
    /** Late offer towards a POTS port: the caller's ACK carries the answer to the port's offer. */
    private PortLeg portAck;

    DialogRelay(Call call) {
        this.call = call;
    }

    void ack(Leg leg, long cseq, byte[] sdp) {
        try {
            Dialog d = leg.dialog;
            Request ack = leg.createAck(d, cseq);
            if (sdp != null && sdp.length > 0) {
                ack.setContent(sdp, call.services.stack().headerFactory().createContentTypeHeader("application", "sdp"));
            }
            d.sendAck(ack);
            call.services.stack().acknowledged(d);
        } catch (SipException | InvalidArgumentException | ParseException e) {
            LOG.log(Level.WARNING, call + ": cannot ACK on the " + leg.role + " leg: " + e.getMessage(), e);
        }
    }

    void expectAck(Leg from, Leg to, long cseq) {
        ackFrom = from;
        ackTo = to;
        ackCseq = cseq;
    }

    void expectPortAck(PortLeg leg) {
        portAck = leg;
    }

    /**
     * Our BYE and CANCEL carry no {@link TransactionRef}: their answers need no action, and the stack keeps their
     * client transactions for Timer K (5 s over UDP), where a reference would keep the whole ended call (SDP,
     * media, messages) reachable: at 1,000 calls/s, 5,000 calls that every young collection copies.
     */
    void bye(Leg leg) {
        send(leg, Request.BYE, null, null);
        leg.state = "STATE_DISCONNECT (11)";
    }

    void cancel(OutboundAttempt a) {
        ClientTransaction invite = a.transaction;
        if (invite == null) {
            return; // answered meanwhile: the call ends with a BYE instead
        }
        try {
            Request cancel = invite.createCancel();
            ClientTransaction ct = a.leg.provider.getNewClientTransaction(cancel);
            ct.sendRequest();
        } catch (SipException e) {
            LOG.log(Level.WARNING, call + ": cannot CANCEL " + a + ": " + e.getMessage(), e);
        }
    }

    /** An ACK on one of our dialogs: forward the late-offer answer if one is awaited. */
    void onAck(Request ack, Leg from) {
        if (portAck != null && from == call.in) {
            PortLeg leg = portAck;
            portAck = null;
            if (SipMessages.hasBody(ack) && leg.portCall != null) {
                byte[] answer = call.media.relayOrPass(MediaLeg.A, ack.getRawContent(), true);
                leg.portCall.remoteAnswered(new String(answer, java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        if (from == call.in && SipMessages.hasBody(ack)) {
            call.dtmf.callerSdp(ack.getRawContent());
        }
        if (from == ackFrom && ackTo != null) {
            Leg to = ackTo;
            ackFrom = ackTo = null;
            ack(to, ackCseq, SipMessages.hasBody(ack) ? call.media.relayOrPass(leg(from), ack.getRawContent(), true) : null);
        }
    }

    /**
     * A BYE from one of the call's legs: 200 through {@code answer}, BYE on the other leg, the call ends. Once
     * the call has ended, a BYE only gets its 200.
     */
    void onBye(Request bye, Responder answer, Leg from) {
        try {
            answer.send(call.services.stack().messageFactory().createResponse(Response.OK, bye));
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.FINE, call + ": cannot answer BYE", e);
        }
        if (call.isEnded()) {
            return;
        }
        LOG.fine(() -> call + ": BYE from the " + from.role + " leg");
        if (from == call.in) {
            Leg out = call.out;
            if (out != null && out.dialog != null) {
                bye(out);
            } else if (call.portLeg != null) {
                call.portLeg.release(Q850.NORMAL_CLEARING);
            }
        } else {
            call.caller.calleeHungUp();
        }
        from.state = "STATE_DISCONNECT (11)";
        call.end();
    }

    /** A request inside one of the call's dialogs (never ACK, never the initial INVITE). */
    void onRequest(Request request, ServerTransaction st, Leg from) {
        Leg to = from == call.in ? call.out : call.in;
        String method = request.getMethod();
        if (Request.BYE.equals(method)) {
            // the 200 ends the stack's dialog; then only its bytes are kept for retransmissions (docs/adr/0009)
            onBye(request, response -> call.services.stack().respondAndRelease(st, response), from);
            return;
        }
        if (call.dtmf.onRequest(from, request, st)) {
            return; // a DTMF relay took it (INFO, NOTIFY, SUBSCRIBE of the leg's method)
        }
        String portSdp = portSdpFor(from);
        if (to == null && portSdp != null && !call.isEnded()) {
            answerForPort(st, request, portSdp, from); // the line keeps its media as it is
            return;
        }
        if (to == null || to.dialog == null || call.isEnded()) {
            reply(st, Response.REQUEST_PENDING); // e.g. a re-INVITE before the call is answered: retry later
            return;
        }
        ContactHeader contact = Request.INVITE.equals(method) || Request.UPDATE.equals(method)
                ? (ContactHeader) to.contact.clone() : null;
        byte[] body = request.getRawContent();
        if (SipMessages.isSdp(request)) {
            try {
                body = call.media.offer(leg(from), body);
            } catch (org.voxgate.spi.media.MediaException e) {
                LOG.info(call + ": re-offer refused by the media relay: " + e.getMessage());
                reply(st, CallMedia.statusFor(e));
                return;
            }
        }
        if (!send(to, method, request, body, new TransactionRef.Relayed(call, st, request, from, to), contact)) {
            reply(st, Response.SERVER_INTERNAL_ERROR);
        }
    }

    /** The other leg answered a relayed request: answer the original with the same status and body. */
    void onRelayedResponse(TransactionRef.Relayed rel, Response response) {
        int status = response.getStatusCode();
        if (status == Response.TRYING) {
            return;
        }
        try {
            Response back = call.services.stack().messageFactory().createResponse(status, rel.request());
            back.setReasonPhrase(response.getReasonPhrase());
            if (SipMessages.isSdp(response) && status < 300) {
                byte[] sdp = call.media.relayOrPass(leg(rel.to()), response.getRawContent(), SipMessages.isSdp(rel.request()));
                back.setContent(sdp, call.services.stack().headerFactory().createContentTypeHeader("application", "sdp"));
            } else {
                SipMessages.copyBody(response, back);
            }
            if (status >= 300 && SipMessages.isSdp(rel.request())) {
                call.media.rejected(leg(rel.from())); // RFC 3264 8: the old session stays
            }
            String method = rel.request().getMethod();
            if (status < 300 && (Request.INVITE.equals(method) || Request.UPDATE.equals(method))) {
                back.setHeader((ContactHeader) rel.from().contact.clone());
            }
            rel.origin().sendResponse(back);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, call + ": cannot relay " + status + " to " + rel.request().getMethod(), e);
        }
        if (Request.INVITE.equals(rel.request().getMethod()) && status >= 200 && status < 300) {
            long cseq = SipMessages.cseq(response);
            if (SipMessages.hasBody(rel.request())) {
                ack(rel.to(), cseq, null);
            } else {
                expectAck(rel.from(), rel.to(), cseq);
            }
        }
    }

    /** The SDP of the POTS side opposite {@code from} once that side is connected; null if it is not a port. */
    private String portSdpFor(Leg from) {
        PortLeg port = call.portLeg;
        if (from == call.in && port != null && port.answered) {
            return port.sdp == null ? "" : port.sdp;
        }
        if (from != call.in && call.caller instanceof PortCaller && call.caller.offer() != null) {
            return new String(call.caller.offer(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return null;
    }

    private void answerForPort(ServerTransaction st, Request request, String sdp, Leg from) {
        try {
            Response ok = call.services.stack().messageFactory().createResponse(Response.OK, request);
            if (Request.INVITE.equals(request.getMethod()) || Request.UPDATE.equals(request.getMethod())) {
                if (!sdp.isEmpty() && SipMessages.hasBody(request)) {
                    // the SIP side re-offers; the line keeps its media, so its earlier SDP answers through the anchor
                    call.media.relayOrPass(leg(from), request.getRawContent(), false);
                    byte[] answer = call.media.relayOrPass(leg(from).other(),
                            sdp.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
                    ok.setContent(answer, call.services.stack().headerFactory().createContentTypeHeader("application", "sdp"));
                }
                ok.setHeader((ContactHeader) from.contact.clone());
            }
            st.sendResponse(ok);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, call + ": cannot answer " + request.getMethod() + " for the POTS side", e);
        }
    }

    void failed(TransactionRef.Relayed rel, String why) {
        LOG.info(call + ": relayed " + rel.request().getMethod() + " failed on the " + rel.to().role + " leg: " + why);
        reply(rel.origin(), Response.REQUEST_TIMEOUT);
    }

    private boolean send(Leg leg, String method, Request bodyFrom, TransactionRef ref) {
        return send(leg, method, bodyFrom, bodyFrom == null ? null : bodyFrom.getRawContent(), ref, null);
    }

    /**
     * A request on {@code leg}'s dialog with {@code body} (typed like {@code typeFrom}'s body); {@code ref} null for
     * one whose answer needs no action.
     */
    private boolean send(Leg leg, String method, Request typeFrom, byte[] body, TransactionRef ref, ContactHeader contact) {
        try {
            Dialog d = leg.dialog;
            Request request = leg.createRequest(d, method);
            if (typeFrom != null && body != null && body.length > 0) {
                javax.sip.header.ContentTypeHeader type =
                        (javax.sip.header.ContentTypeHeader) typeFrom.getHeader(javax.sip.header.ContentTypeHeader.NAME);
                if (type != null) {
                    request.setContent(body, (javax.sip.header.ContentTypeHeader) type.clone());
                }
            }
            if (contact != null) {
                request.setHeader(contact);
            }
            ClientTransaction ct = leg.provider.getNewClientTransaction(request);
            ct.setApplicationData(ref);
            d.sendRequest(ct);
            return true;
        } catch (SipException | ParseException | RuntimeException e) {
            LOG.log(Level.WARNING, call + ": cannot send " + method + " on the " + leg.role + " leg: " + e.getMessage(), e);
            return false;
        }
    }

    /** The media leg of a SIP leg: the caller's is A, the callee's B. */
    private MediaLeg leg(Leg sipLeg) {
        return sipLeg == call.in ? MediaLeg.A : MediaLeg.B;
    }


    private void reply(ServerTransaction st, int status) {
        try {
            st.sendResponse(call.services.stack().messageFactory().createResponse(status, st.getRequest()));
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.FINE, call + ": cannot answer " + status, e);
        }
    }
}
