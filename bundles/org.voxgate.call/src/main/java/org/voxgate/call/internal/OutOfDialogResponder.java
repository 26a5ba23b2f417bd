package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.header.HeaderFactory;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.sip.stack.SipStackService;

/**
 * Answers requests that are not part of a call the core knows: OPTIONS (capabilities), methods we
 * do not implement (405/501), requests we cannot route (404), stray CANCEL/BYE (481). Every answer
 * to bad or unroutable input is a 4xx; 5xx is reserved for our own failures.
 */
final class OutOfDialogResponder {
    private static final Logger LOG = Logger.getLogger(OutOfDialogResponder.class.getName());

    /** Methods this gateway implements; listed in Allow. */
    static final List<String> ALLOWED = List.of(Request.INVITE, Request.ACK, Request.CANCEL, Request.BYE, Request.OPTIONS,
            Request.UPDATE, Request.INFO);
    /** SIP methods defined by RFCs that we know but do not implement: 405, not 501. */
    static final Set<String> KNOWN = Set.of(Request.REGISTER, Request.INFO, Request.PRACK, Request.UPDATE,
            Request.SUBSCRIBE, Request.NOTIFY, Request.REFER, Request.MESSAGE, Request.PUBLISH);
    /** Option tags we support (Supported header, and Require checks). */
    static final List<String> SUPPORTED = List.of();

    /**
     * Retry-After of a call refused for overload, s: long enough that a proxy in front (RFC 3263) sends its next
     * calls elsewhere for a while, short enough that a phone's caller can redial.
     */
    static final int OVERLOAD_RETRY_AFTER_S = 5;

    private final SipStackService stack;

    OutOfDialogResponder(SipStackService stack) {
        this.stack = stack;
    }

    void handle(RequestEvent event) throws SipException, ParseException, InvalidArgumentException {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            return; // an ACK for a response we did not send statefully: nothing to do (RFC 3261 17.2.3)
        }
        List<String> unsupported = unsupportedRequired(request);
        if (!unsupported.isEmpty() && !Request.CANCEL.equals(method)) {
            Response r = response(Response.BAD_EXTENSION, request);
            r.setHeader(stack.headerFactory().createUnsupportedHeader(String.join(", ", unsupported)));
            send(event, r);
            return;
        }
        boolean inDialog = SipMessages.toTag(request) != null;
        switch (method) {
            case Request.OPTIONS -> send(event, capabilities(response(Response.OK, request)));
            case Request.CANCEL, Request.BYE -> send(event, response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            case Request.INVITE, Request.UPDATE, Request.INFO, Request.PRACK, Request.NOTIFY, Request.REFER ->
                    inDialogOrElse(event, inDialog);
            default -> {
                int status = KNOWN.contains(method) ? Response.METHOD_NOT_ALLOWED : Response.NOT_IMPLEMENTED;
                send(event, allow(response(status, request)));
            }
        }
    }

    /**
     * A request for a dialog we do not know: 481 (RFC 3261 12.2.2). Out of dialog, INVITE never gets here
     * (the call core takes it) and the other methods are not implemented outside a dialog.
     */
    private void inDialogOrElse(RequestEvent event, boolean inDialog) throws SipException, ParseException,
            InvalidArgumentException {
        Request request = event.getRequest();
        String method = request.getMethod();
        boolean dialogOnly = Request.UPDATE.equals(method) || Request.INFO.equals(method) || Request.PRACK.equals(method);
        if (inDialog || dialogOnly) {
            if (Request.INVITE.equals(method)) {
                sendStateful(event, response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            } else {
                send(event, response(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, request));
            }
            return;
        }
        if (Request.INVITE.equals(request.getMethod())) {
            sendStateful(event, response(Response.NOT_FOUND, request));
            return;
        }
        int status = KNOWN.contains(request.getMethod()) ? Response.METHOD_NOT_ALLOWED : Response.NOT_IMPLEMENTED;
        send(event, allow(response(status, request)));
    }

    /** 503 with Retry-After for an INVITE while the SIP service is shut (call service stop / shutdown). */
    void serviceUnavailable(ServerTransaction st) {
        try {
            Response r = response(Response.SERVICE_UNAVAILABLE, st.getRequest());
            r.setHeader(stack.headerFactory().createRetryAfterHeader(60));
            st.sendResponse(r);
        } catch (Exception e) {
            LOG.log(Level.FINE, "Cannot answer 503", e);
        }
    }

    /**
     * 503 with Retry-After to a new INVITE refused for overload, sent without a transaction (the refusal must cost
     * far less than a call). The To tag is derived from the request's branch, so a retransmission of the INVITE
     * refused again gets the same tag (RFC 3261 8.2.6.2); its ACK is dropped as an ACK for no transaction.
     */
    void overloaded(RequestEvent event) {
        try {
            Request invite = event.getRequest();
            Response r = stack.messageFactory().createResponse(Response.SERVICE_UNAVAILABLE, invite);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            ViaHeader via = (ViaHeader) invite.getHeader(ViaHeader.NAME);
            String branch = via == null ? null : via.getBranch();
            to.setTag("ovl" + Integer.toHexString((branch == null ? SipMessages.callIdOf(invite) : branch).hashCode()));
            r.setHeader(stack.headerFactory().createRetryAfterHeader(OVERLOAD_RETRY_AFTER_S));
            ((SipProvider) event.getSource()).sendResponse(r);
        } catch (Exception e) {
            LOG.log(Level.FINE, "Cannot answer 503 (overload)", e);
        }
    }

    /** Best effort 500 on a transaction the core could not take on (our failure, not the request's). */
    void serverError(ServerTransaction st) {
        try {
            st.sendResponse(response(Response.SERVER_INTERNAL_ERROR, st.getRequest()));
        } catch (Exception e) {
            LOG.log(Level.FINE, "Cannot answer 500", e);
        }
    }

    static List<String> unsupportedRequired(Request request) {
        List<String> result = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(RequireHeader.NAME);
        while (it.hasNext()) {
            String tag = ((RequireHeader) it.next()).getOptionTag();
            if (tag != null && !SUPPORTED.contains(tag.trim())) {
                result.add(tag.trim());
            }
        }
        return result;
    }

    private Response response(int status, Request request) throws ParseException {
        Response r = stack.messageFactory().createResponse(status, request);
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (to != null && to.getTag() == null && status > 100) {
            to.setTag(newTag());
        }
        return r;
    }

    private Response allow(Response r) throws ParseException {
        r.setHeader(stack.headerFactory().createAllowHeader(String.join(", ", ALLOWED)));
        return r;
    }

    private Response capabilities(Response r) throws ParseException {
        HeaderFactory hf = stack.headerFactory();
        allow(r);
        r.setHeader(hf.createAcceptHeader("application", "sdp"));
        r.setHeader(hf.createHeader("Supported", String.join(", ", SUPPORTED)));
        return r;
    }

    static String newTag() {
        return SipMessages.newTag();
    }

    /** Stateless: for non-INVITE out-of-dialog answers a retransmitted request simply gets the same answer again. */
    private static void send(RequestEvent event, Response response) throws SipException {
        ServerTransaction st = event.getServerTransaction();
        if (st != null) {
            try {
                st.sendResponse(response);
                return;
            } catch (InvalidArgumentException e) {
                throw new SipException("Cannot send " + response.getStatusCode(), e);
            }
        }
        ((SipProvider) event.getSource()).sendResponse(response);
    }

    /** Stateful: a final answer to INVITE must be retransmitted until the ACK arrives. */
    private static void sendStateful(RequestEvent event, Response response) throws SipException, InvalidArgumentException {
        ServerTransaction st = event.getServerTransaction();
        if (st == null) {
            try {
                st = ((SipProvider) event.getSource()).getNewServerTransaction(event.getRequest());
            } catch (javax.sip.TransactionAlreadyExistsException e) {
                LOG.log(Level.FINE, "Retransmission absorbed by the existing transaction", e);
                return;
            }
        }
        st.sendResponse(response);
    }
}
