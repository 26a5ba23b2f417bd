package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.Response;

import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.call.Redirect;

/** The responses a call sends on its inbound INVITE: 100, relayed 1xx, 200, 3xx and failures. */
final class CallResponses {
    private static final Logger LOG = Logger.getLogger(CallResponses.class.getName());
    private final SipStackService stack;
    private final Call call;

    CallResponses(SipStackService stack, Call call) {
        this.stack = stack;
        this.call = call;
    }

    void trying() {
        try {
            call.inviteTx.sendResponse(stack.messageFactory().createResponse(Response.TRYING, call.inviteIn));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "100 Trying not sent for " + call, e);
        }
    }

    /** 180/183 (and other 1xx) from the outbound leg, with its SDP when it has one (early media). */
    void provisional(Response from) {
        send(from.getStatusCode(), from.getReasonPhrase(), from, true);
    }

    void answer(Response from) {
        send(Response.OK, null, from, true);
    }

    /** 180 for a POTS line that rings (no early media from a simulated or analog line). */
    void ringing() {
        send(Response.RINGING, null, null, true);
    }

    /** 200 with a POTS port's SDP. */
    void answerSdp(String sdp) {
        try {
            Response r = create(Response.OK, null);
            if (sdp != null && !sdp.isEmpty()) {
                r.setContent(sdp, stack.headerFactory().createContentTypeHeader("application", "sdp"));
            }
            r.setHeader((ContactHeader) call.in.contact.clone());
            call.inviteTx.sendResponse(r);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot send 200 for " + call + ": " + e.getMessage(), e);
        }
    }

    void fail(int status, String reason) {
        send(status, reason, null, false);
    }

    void redirect(Redirect redirect) {
        try {
            Response r = create(redirect.status(), null);
            HeaderFactory hf = stack.headerFactory();
            for (String contact : redirect.contacts()) {
                URI uri = stack.addressFactory().createURI(contact);
                r.addHeader(hf.createContactHeader(stack.addressFactory().createAddress(uri)));
            }
            call.inviteTx.sendResponse(r);
            LOG.info(call + " from " + call.calling + " to " + call.called + " redirected (" + redirect.status() + ") to "
                    + String.join(", ", redirect.contacts()));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot send " + redirect.status() + " for " + call, e);
        }
    }

    void okToCancel(ServerTransaction cancelTx) {
        try {
            cancelTx.sendResponse(stack.messageFactory().createResponse(Response.OK, cancelTx.getRequest()));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "200 to CANCEL not sent for " + call, e);
        }
    }

    private void send(int status, String reason, Response bodyFrom, boolean withContact) {
        try {
            Response r = create(status, reason);
            if (bodyFrom != null) {
                SipMessages.copyBody(bodyFrom, r); // media seam: org.voxgate.media will rewrite this answer
            }
            if (withContact) {
                r.setHeader((ContactHeader) call.in.contact.clone());
            }
            call.inviteTx.sendResponse(r);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot send " + status + " for " + call + ": " + e.getMessage(), e);
        }
    }

    private Response create(int status, String reason) throws ParseException {
        Response r = stack.messageFactory().createResponse(status, call.inviteIn);
        if (reason != null && !reason.isBlank()) {
            r.setReasonPhrase(reason);
        }
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(call.in.localTag);
        return r;
    }

    /** Where a 3xx points: the first SIP Contact. */
    static Optional<Destination> contactOf(Response r, String defaultTransport) {
        ContactHeader c = (ContactHeader) r.getHeader(ContactHeader.NAME);
        if (c == null || !(c.getAddress().getURI() instanceof SipURI uri)) {
            return Optional.empty();
        }
        String transport = uri.getTransportParam() == null ? defaultTransport : uri.getTransportParam().toLowerCase();
        return Optional.of(new Destination(uri.getHost(), Math.max(uri.getPort(), 0), transport));
    }

    static String contactUser(Response r) {
        ContactHeader c = (ContactHeader) r.getHeader(ContactHeader.NAME);
        return c == null ? null : SipMessages.user(c.getAddress().getURI());
    }
}
