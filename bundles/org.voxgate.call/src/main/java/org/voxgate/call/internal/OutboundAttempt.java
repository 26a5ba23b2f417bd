package org.voxgate.call.internal;

import java.util.concurrent.ScheduledFuture;

import javax.sip.ClientTransaction;
import javax.sip.message.Request;

/** One INVITE to one destination (a hunt step or a redirect). Touched only on its call's serial executor. */
final class OutboundAttempt {
    final int peerTag;
    final Destination destination;
    final Leg leg;
    final ClientTransaction transaction;
    final Request invite;
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
