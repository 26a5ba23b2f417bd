package org.voxgate.sip.internal;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.SipStack;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.RawResend;
import gov.nist.javax.sip.stack.SIPMessageValve;

/**
 * First look at every message, before the transaction layer: requests that are well-formed text but
 * break RFC 3261 rules the parser does not check get a stateless 400 here, so no transaction,
 * dialog or call is ever created for them. Requests that cannot be answered (ACK) are dropped and
 * logged. Retransmissions of a non-INVITE request whose transaction the stack already released are answered
 * again here ({@link CompletedTransactions}). The stack instantiates this class by name.
 */
public final class SanityValve implements SIPMessageValve {
    private static final Logger LOG = Logger.getLogger(SanityValve.class.getName());
    private volatile SipStack stack;

    @Override
    public boolean processRequest(SIPRequest request, MessageChannel channel) {
        String problem = problemOf(request);
        if (problem == null) {
            return !answeredAgain(request, channel);
        }
        String peer = channel.getPeerAddress() + ":" + channel.getPeerPort() + "/" + channel.getTransport();
        if (Request.ACK.equals(request.getMethod())) {
            LOG.warning(() -> "Dropped ACK from " + peer + ": " + problem);
            return false;
        }
        LOG.warning(() -> "400 to " + request.getMethod() + " from " + peer + ": " + problem);
        try {
            channel.sendMessage(request.createResponse(Response.BAD_REQUEST, problem));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send 400 to " + peer, e);
        }
        return false;
    }

    /**
     * A retransmission of a non-INVITE request whose transaction was released after its final response
     * ({@link CompletedTransactions}) gets that response again here, as the transaction would have sent it.
     */
    private boolean answeredAgain(SIPRequest request, MessageChannel channel) {
        String method = request.getMethod();
        if (Request.ACK.equals(method) || Request.INVITE.equals(method) || !(stack instanceof VoxgateSipStack s)) {
            return false;
        }
        CompletedTransactions completed = s.completed();
        if (completed.size() == 0) {
            return false;
        }
        String key = CompletedTransactions.key(request.getTopmostVia(), method);
        byte[] response = key == null ? null : completed.response(key, System.nanoTime());
        if (response == null) {
            return false;
        }
        try {
            boolean sent = RawResend.again(channel, request.getTopmostVia(), response);
            if (sent && s.getServerLogger() instanceof JulServerLogger log) {
                log.resent(response, method); // show sip-ua statistics: as the transaction's retransmission
            }
            return sent;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not send the response to a retransmitted " + method + " again", e);
            return true; // as a transaction whose send failed: the request is absorbed, the client retransmits
        }
    }

    /** What makes the request unacceptable, or {@code null} when nothing does. */
    static String problemOf(SIPRequest request) {
        CSeq cseq = (CSeq) request.getCSeq();
        if (cseq == null) {
            return "Missing CSeq";
        }
        String method = request.getMethod();
        if (method == null || !method.equals(cseq.getMethod())) {
            return "CSeq method does not match request method";
        }
        if (request.getCallId() == null || request.getFrom() == null || request.getTo() == null
                || request.getTopmostVia() == null) {
            return "Missing mandatory header";
        }
        if (Request.INVITE.equals(method) && request.getContactHeader() == null) {
            return "Missing Contact"; // RFC 3261 8.1.1.8: an INVITE must say where the dialog's requests go
        }
        return null;
    }

    @Override
    public boolean processResponse(Response response, MessageChannel channel) {
        return true;
    }

    @Override
    public void init(SipStack stack) {
        this.stack = stack;
    }

    @Override
    public void destroy() {}
}
