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

    void ack(Leg leg, long cseq, Request bodyFrom) {
        try {
            Dialog d = leg.dialog;
            Request ack = d.createAck(cseq);
            if (bodyFrom != null) {
                SipMessages.copyBody(bodyFrom, ack);
            }
            d.sendAck(ack);
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

    void bye(Leg leg) {
        send(leg, Request.BYE, null, new TransactionRef.Own(call, "BYE"));
        leg.state = "STATE_DISCONNECT (11)";
    }

    void cancel(OutboundAttempt a) {
        try {
            Request cancel = a.transaction.createCancel();
            ClientTransaction ct = a.leg.provider.getNewClientTransaction(cancel);
            ct.setApplicationData(new TransactionRef.Own(call, "CANCEL"));
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
                leg.portCall.remoteAnswered(new String(ack.getRawContent(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return;
        }
        if (from == ackFrom && ackTo != null) {
            Leg to = ackTo;
            ackFrom = ackTo = null;
            ack(to, ackCseq, ack);
        }
    }

    /** A request inside one of the call's dialogs (never ACK, never the initial INVITE). */
    void onRequest(Request request, ServerTransaction st, Leg from) {
        Leg to = from == call.in ? call.out : call.in;
        String method = request.getMethod();
        if (Request.BYE.equals(method)) {
            reply(st, Response.OK);
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
            return;
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
        if (!send(to, method, request, new TransactionRef.Relayed(call, st, request, from, to), contact)) {
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
            SipMessages.copyBody(response, back);
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
                    ok.setContent(sdp, call.services.stack().headerFactory().createContentTypeHeader("application", "sdp"));
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
        return send(leg, method, bodyFrom, ref, null);
    }

    private boolean send(Leg leg, String method, Request bodyFrom, TransactionRef ref, ContactHeader contact) {
        try {
            Dialog d = leg.dialog;
            Request request = d.createRequest(method);
            if (bodyFrom != null) {
                SipMessages.copyBody(bodyFrom, request);
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

    private void reply(ServerTransaction st, int status) {
        try {
            st.sendResponse(call.services.stack().messageFactory().createResponse(status, st.getRequest()));
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.FINE, call + ": cannot answer " + status, e);
        }
    }
}
