package org.voxgate.sip.internal;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.PeerUnavailableException;

import gov.nist.core.StackLogger;
import gov.nist.javax.sip.SIPConstants;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.SIPMessageValve;
import gov.nist.javax.sip.stack.SIPTransaction;
import gov.nist.javax.sip.stack.ServerResponseInterface;
import gov.nist.javax.sip.stack.SizedDatagramUDPMessageProcessor;

/**
 * The RI's stack, with two transaction lookups by key instead of a scan over every transaction when the
 * branch is an RFC 3261 one (magic cookie). Both scans compare the branch case-insensitively and the RI keys
 * its transaction tables by the lower-cased branch, so with such a branch a scan can only find the
 * transaction stored under that key: the answers are the same, in constant instead of linear time.
 * <ul>
 * <li>A response with no client transaction under its key (a retransmitted 2xx, or a response to a
 * transaction already ended): the RI compares it with every client transaction (lower-casing each one's
 * branch) before passing it on as stray. It does skip the scan itself when a transaction is found under the
 * key but does not match; the miss just falls through to it.</li>
 * <li>A CANCEL, received or sent: the RI always scans every server (or client) transaction for the INVITE
 * it cancels.</li>
 * </ul>
 * Under load both scans cost most of the CPU (BENCHMARKS.md: 44% and 12-42% of samples at 2000 calls/s)
 * and grow with the transactions kept until Timer J/K, so an overload fed itself.
 */
class VoxgateSipStack extends SipStackImpl {
    private static final Logger LOG = Logger.getLogger(VoxgateSipStack.class.getName());
    private final AtomicLong strayResponses = new AtomicLong();
    private final CompletedTransactions completed = new CompletedTransactions(CompletedTransactions.TIMER_J_NANOS);

    VoxgateSipStack(Properties properties) throws PeerUnavailableException {
        super(properties);
    }

    @Override
    public ServerResponseInterface newSIPServerResponse(SIPResponse response, MessageChannel channel) {
        String key = response.getTransactionId();
        if (!key.startsWith(SIPConstants.BRANCH_MAGIC_COOKIE_LOWER_CASE) || findTransaction(key, false) != null) {
            return super.newSIPServerResponse(response, channel);
        }
        strayResponses.incrementAndGet();
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine("Response without client transaction: " + response.getStatusCode() + " "
                    + response.getCSeq().getMethod() + " " + key);
        }
        // what the RI does when its scan finds nothing: the valves, the message log (where statistics and the
        // trace see it), then the response goes on without a transaction
        try {
            for (SIPMessageValve valve : sipMessageValves) {
                if (!valve.processResponse(response, channel)) {
                    return null;
                }
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "SIP message valve failed on a response; dropped", e);
            return null;
        }
        if (getStackLogger().isLoggingEnabled(StackLogger.TRACE_MESSAGES)) {
            channel.logResponse(response, System.currentTimeMillis(), "before processing");
        }
        return sipMessageFactory.newSIPServerResponse(response, channel);
    }

    @Override
    public SIPTransaction findCancelTransaction(SIPRequest cancel, boolean isServer) {
        Via via = cancel.getTopmostVia();
        String branch = via == null ? null : via.getBranch();
        if (!isRfc3261(branch)) {
            return super.findCancelTransaction(cancel, isServer);
        }
        // the key of the INVITE (or other request) a CANCEL with this branch cancels
        String key = branch.toLowerCase(); // as SIPMessage.getTransactionId (default locale)
        SIPTransaction tx = isServer ? serverTransactionTable.get(key) : clientTransactionTable.get(key);
        return tx != null && tx.doesCancelMatchTransaction(cancel) ? tx : null;
    }

    /** Whether a Via branch carries RFC 3261's magic cookie (compared case-insensitively, as the RI does). */
    static boolean isRfc3261(String branch) {
        return branch != null && branch.regionMatches(true, 0, SIPConstants.BRANCH_MAGIC_COOKIE, 0,
                SIPConstants.BRANCH_MAGIC_COOKIE.length());
    }

    /** Non-INVITE UDP server transactions released after their final response (docs/adr/0009). */
    CompletedTransactions completed() {
        return completed;
    }

    /**
     * How long the oldest received datagram still waiting for a channel thread has waited, ms, over every UDP
     * listening point (0: none waits). TCP messages are read and processed by one thread per connection, without
     * a queue in between.
     */
    long backlogMillis() {
        long oldest = 0;
        for (MessageProcessor p : getMessageProcessors()) {
            if (p instanceof SizedDatagramUDPMessageProcessor udp) {
                oldest = Math.max(oldest, udp.backlogMillis());
            }
        }
        return oldest;
    }

    /** Responses that found no client transaction, since the stack started. */
    long strayResponses() {
        return strayResponses.get();
    }
}
