package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.call.Redirect;

/** A caller whose INVITE came in over SIP: everything the call sends back on that INVITE and its dialog. */
final class SipCaller implements CallerSide {
    private static final Logger LOG = Logger.getLogger(SipCaller.class.getName());
    /** The caller's INVITE and its transaction; null once the call is answered (see {@link #answered}). */
    Request invite;
    private ServerTransaction inviteTx;
    final Leg leg;
    private final SipStackService stack;
    private final String callingNumber;
    private final String displayName;
    private final int maxForwards;
    private final byte[] offer;
    private Call call;

    SipCaller(SipStackService stack, Request invite, ServerTransaction inviteTx, Leg leg) {
        this.stack = stack;
        this.invite = invite;
        this.inviteTx = inviteTx;
        this.leg = leg;
        this.callingNumber = SipMessages.callingNumber(invite);
        this.displayName = ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().getDisplayName();
        this.maxForwards = SipMessages.maxForwards(invite);
        this.offer = SipMessages.hasBody(invite) ? invite.getRawContent() : null;
    }

    void attach(Call call) {
        this.call = call;
    }

    @Override
    public String callingNumber() {
        return callingNumber;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public int maxForwards() {
        return maxForwards;
    }

    @Override
    public byte[] offer() {
        return offer;
    }

    @Override
    public boolean isSip() {
        return true;
    }

    @Override
    public void trying() {
        try {
            inviteTx.sendResponse(stack.messageFactory().createResponse(Response.TRYING, invite));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "100 Trying not sent for " + call, e);
        }
    }

    @Override
    public void progress(Response from, byte[] sdp) {
        send(from.getStatusCode(), from.getReasonPhrase(), sdp, from, true);
    }

    @Override
    public void ringing() {
        send(Response.RINGING, null, null, null, true);
    }

    @Override
    public void answered(byte[] sdp, Response ok) {
        send(Response.OK, null, sdp, ok, true);
        leg.state = "STATE_ACTIVE (7)";
        // the last response on the INVITE: the stack retransmits the 2xx from the dialog until the ACK, and a
        // CANCEL that crosses it is answered on its own transaction; a held call keeps neither the parsed INVITE
        // nor its transaction
        invite = null;
        inviteTx = null;
    }

    @Override
    public void failed(int status, String reason) {
        send(status, reason, null, null, false);
    }

    /** Text of the 503 sent while routing is away: it comes back within seconds, so say when to retry. */
    static final String ROUTING_NOT_AVAILABLE = "Routing not available";

    @Override
    public void redirect(Redirect redirect) {
        if (inviteTx == null) {
            return; // answered already
        }
        try {
            Response r = create(redirect.status(), null);
            HeaderFactory hf = stack.headerFactory();
            for (String contact : redirect.contacts()) {
                URI uri = stack.addressFactory().createURI(contact);
                r.addHeader(hf.createContactHeader(stack.addressFactory().createAddress(uri)));
            }
            inviteTx.sendResponse(r);
            LOG.info(call + " from " + call.calling + " to " + call.called + " redirected (" + redirect.status() + ") to "
                    + String.join(", ", redirect.contacts()));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.WARNING, "Cannot send " + redirect.status() + " for " + call, e);
        }
    }

    @Override
    public void calleeHungUp() {
        call.relay.bye(leg);
    }

    void okToCancel(ServerTransaction cancelTx) {
        try {
            cancelTx.sendResponse(stack.messageFactory().createResponse(Response.OK, cancelTx.getRequest()));
        } catch (ParseException | SipException | InvalidArgumentException e) {
            LOG.log(Level.FINE, "200 to CANCEL not sent for " + call, e);
        }
    }

    /** @param body SDP (or other body) to send; its type is taken from {@code typeFrom}, else application/sdp */
    private void send(int status, String reason, byte[] body, Response typeFrom, boolean withContact) {
        if (inviteTx == null) {
            LOG.fine(() -> "No " + status + " for " + call + ": the INVITE was answered already");
            return;
        }
        try {
            Response r = create(status, reason);
            if (call != null && status > Response.TRYING && status < 300) {
                body = call.dtmf.answer(r, body); // the caller's leg: advertise its DTMF method
            }
            if (body != null && body.length > 0) {
                javax.sip.header.ContentTypeHeader type = typeFrom == null ? null
                        : (javax.sip.header.ContentTypeHeader) typeFrom.getHeader(javax.sip.header.ContentTypeHeader.NAME);
                r.setContent(body, type != null ? (javax.sip.header.ContentTypeHeader) type.clone()
                        : stack.headerFactory().createContentTypeHeader("application", "sdp"));
            }
            if (withContact) {
                r.setHeader((ContactHeader) leg.contact.clone());
                r.setHeader(stack.headerFactory().createAllowHeader(OutboundInvite.ALLOW)); // RFC 3261 13.3.1.4
            }
            if (status == Response.SERVICE_UNAVAILABLE && ROUTING_NOT_AVAILABLE.equals(reason)) {
                r.setHeader(stack.headerFactory().createRetryAfterHeader(2));
            }
            inviteTx.sendResponse(r);
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot send " + status + " for " + call + ": " + e.getMessage(), e);
        }
    }

    private Response create(int status, String reason) throws ParseException {
        Response r = stack.messageFactory().createResponse(status, invite);
        if (reason != null && !reason.isBlank()) {
            r.setReasonPhrase(reason);
        }
        ((ToHeader) r.getHeader(ToHeader.NAME)).setTag(leg.localTag);
        return r;
    }
}
