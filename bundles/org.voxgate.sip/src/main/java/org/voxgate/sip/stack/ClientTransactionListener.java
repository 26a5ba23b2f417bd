package org.voxgate.sip.stack;

import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The answer path for client transactions of plug-ins. The call core is the stack's one
 * {@link SipMessageHandler}; a plug-in that sends requests of its own (e.g. the registrar client's
 * REGISTERs) sets an instance of this interface as the transaction's application data
 * ({@link javax.sip.Transaction#setApplicationData(Object)}) before sending, and the stack then hands the
 * transaction's responses and its timeout to that listener instead of to the handler. Called on a stack
 * thread: do little and hand over. Whatever the listener throws is caught and logged by the stack.
 */
@ConsumerType
public interface ClientTransactionListener {

    /** A response (provisional or final) to the transaction's request. */
    void processResponse(ResponseEvent event);

    /** The stack gave up waiting for a final response (RFC 3261 Timer B/F). */
    void processTimeout(TimeoutEvent event);
}
