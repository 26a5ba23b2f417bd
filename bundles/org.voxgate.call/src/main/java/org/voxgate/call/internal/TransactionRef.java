package org.voxgate.call.internal;

import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/**
 * Application data of our client transactions: which call, and what the transaction is for, so that a
 * response or timeout goes to the right handler without searching.
 */
sealed interface TransactionRef {
    Call call();

    /** The INVITE of an outbound attempt. */
    record Invite(Call call, OutboundAttempt attempt) implements TransactionRef {}

    /** An in-dialog request relayed from {@code from} to {@code to}; the answer goes back on {@code origin}. */
    record Relayed(Call call, ServerTransaction origin, Request request, Leg from, Leg to) implements TransactionRef {}

    /** An in-dialog request a DTMF relay sent; its final answer (or 408 on timeout) completes {@code result}. */
    record Dtmf(Call call, java.util.concurrent.CompletableFuture<org.voxgate.spi.dtmf.DtmfResponse> result)
            implements TransactionRef {}
}
