package org.voxgate.call.internal;

import java.util.concurrent.ScheduledFuture;

import javax.sip.ClientTransaction;
import javax.sip.message.Request;

/** One INVITE to one destination (a hunt step or a redirect). Touched only on its call's serial executor. */
final class OutboundAttempt {
    final int peerTag;
    final Destination destination;
    final Leg leg;
    /** Our INVITE and its client transaction; null once answered: a held call keeps neither (see {@link #answered}). */
    ClientTransaction transaction;
    Request invite;
    boolean provisional;
    boolean cancelPending;
    boolean cancelSent;
    boolean done;
    ScheduledFuture<?> noResponse;
    ScheduledFuture<?> expires;

    OutboundAttempt(int peerTag, Destination destination, Leg leg, ClientTransaction transaction, Request invite) {
        this.peerTag = peerTag;
        this.destination = destination;
        this.leg = leg;
        this.transaction = transaction;
        this.invite = invite;
    }

    /**
     * The callee answered: nothing more is sent on the INVITE's transaction (the ACK of a 2xx, now or after a late
     * offer, goes through the dialog, which also answers a retransmitted 2xx), so the parsed INVITE and the
     * transaction are let go for the rest of a call that may last hours.
     */
    void answered() {
        transaction = null;
        invite = null;
    }

    void cancelTimers() {
        if (noResponse != null) {
            noResponse.cancel(false);
        }
        if (expires != null) {
            expires.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "dial-peer " + peerTag + " (" + destination + ")";
    }
}
