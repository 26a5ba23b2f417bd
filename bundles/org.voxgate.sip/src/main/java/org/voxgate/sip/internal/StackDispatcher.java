package org.voxgate.sip.internal;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.sip.stack.ClientTransactionListener;
import org.voxgate.sip.stack.SipMessageHandler;

import gov.nist.javax.sip.stack.CrossedAcks;

/**
 * The stack's one SipListener. Hands every event to the current {@link SipMessageHandler}; anything a
 * handler throws is caught and logged here so that no stack thread ever dies, and a request the
 * handler failed on is answered 500 (best effort). With no handler bound, requests get 503. Responses and
 * timeouts of a client transaction whose application data is a {@link ClientTransactionListener} go to that
 * listener (a plug-in's own request), not to the handler.
 */
final class StackDispatcher implements SipListener {
    private static final Logger LOG = Logger.getLogger(StackDispatcher.class.getName());
    private final Supplier<SipMessageHandler> handler;
    private final MessageFactory messages;
    private final HeaderFactory headers;

    StackDispatcher(Supplier<SipMessageHandler> handler, MessageFactory messages, HeaderFactory headers) {
        this.handler = handler;
        this.messages = messages;
        this.headers = headers;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod()) && event.getDialog() != null) {
            // an ACK that crossed our 2xx is recorded on the dialog (docs/adr/0010)
            guard("ACK record", () -> CrossedAcks.ackHandled(event.getDialog(),
                    ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        }
        SipMessageHandler h = handler.get();
        if (h == null) {
            answer(event, Response.SERVICE_UNAVAILABLE, true);
            return;
        }
        try {
            h.processRequest(event);
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "Handler failed on " + request.getMethod() + ", answering 500", t);
            answer(event, Response.SERVER_INTERNAL_ERROR, false);
        }
    }

    private void answer(RequestEvent event, int status, boolean retryAfter) {
        Request request = event.getRequest();
        if (Request.ACK.equals(request.getMethod())) {
            return;
        }
        try {
            Response response = messages.createResponse(status, request);
            if (retryAfter) {
                response.setHeader(headers.createRetryAfterHeader(5));
            }
            ServerTransaction st = event.getServerTransaction();
            if (st != null) {
                st.sendResponse(response);
            } else {
                ((SipProvider) event.getSource()).sendResponse(response);
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "Could not answer " + status, e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        ClientTransactionListener own = listenerOf(event.getClientTransaction());
        if (own != null) {
            guard("response", () -> own.processResponse(event));
            return;
        }
        SipMessageHandler h = handler.get();
        if (h != null) {
            guard("response", () -> h.processResponse(event));
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        ClientTransactionListener own = event.isServerTransaction() ? null : listenerOf(event.getClientTransaction());
        if (own != null) {
            guard("timeout", () -> own.processTimeout(event));
            return;
        }
        SipMessageHandler h = handler.get();
        if (h != null) {
            guard("timeout", () -> h.processTimeout(event));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        SipMessageHandler h = handler.get();
        if (h != null) {
            guard("I/O exception", () -> h.processIOException(event));
        }
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        SipMessageHandler h = handler.get();
        if (h != null) {
            guard("transaction terminated", () -> h.processTransactionTerminated(event));
        }
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        SipMessageHandler h = handler.get();
        if (h != null) {
            guard("dialog terminated", () -> h.processDialogTerminated(event));
        }
    }

    private static ClientTransactionListener listenerOf(ClientTransaction ct) {
        return ct != null && ct.getApplicationData() instanceof ClientTransactionListener l ? l : null;
    }

    private static void guard(String what, Runnable r) {
        try {
            r.run();
        } catch (Throwable t) {
            LOG.log(Level.SEVERE, "Handler failed on " + what, t);
        }
    }
}
