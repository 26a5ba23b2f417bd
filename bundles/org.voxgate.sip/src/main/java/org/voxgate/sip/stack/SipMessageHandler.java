package org.voxgate.sip.stack;

import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives what the stack receives, after the stack's message valve has let it through. The call
 * core registers one; the stack uses the highest-ranked one. The stack catches whatever a handler
 * throws, so a failing handler never kills a stack thread.
 */
@ConsumerType
public interface SipMessageHandler extends SipListener {

    @Override
    default void processTimeout(TimeoutEvent timeoutEvent) {}

    @Override
    default void processIOException(IOExceptionEvent exceptionEvent) {}

    @Override
    default void processTransactionTerminated(TransactionTerminatedEvent transactionTerminatedEvent) {}

    @Override
    default void processDialogTerminated(DialogTerminatedEvent dialogTerminatedEvent) {}
}
