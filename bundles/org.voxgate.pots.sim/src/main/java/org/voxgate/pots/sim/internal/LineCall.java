package org.voxgate.pots.sim.internal;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;

/**
 * One call on a {@link SimulatedPhone}. For a call the network rang, it is also the {@link PortCall} handed back
 * from {@code ring}: the network ends it with {@link #release(int)}. Mutable fields are guarded by the phone.
 */
final class LineCall implements PortCall {
    private final SimulatedPhone phone;
    final boolean incoming;
    final String callingNumber;
    final String calledNumber;
    /** Incoming: the network's listener (alerting, answered, released go there). Outgoing: null. */
    final PortCallListener listener;
    /** Incoming: the stream chosen from the network's offer; null when it came without SDP (late offer). */
    final Sdp.Selection offer;
    final long sdpSessionId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

    RtpSession media;
    ScheduledFuture<?> answerTimer;
    /** Outgoing: the network's handle, once {@code originate} has returned. */
    PortCall network;
    /** Outgoing: the phone ended the call before {@code originate} returned; release it with this cause. */
    int releaseWhenKnown;
    /** Outgoing: the network reported ringing (the caller hears ringback). */
    boolean alerting;

    LineCall(SimulatedPhone phone, boolean incoming, String callingNumber, String calledNumber,
            PortCallListener listener, Sdp.Selection offer) {
        this.phone = phone;
        this.incoming = incoming;
        this.callingNumber = callingNumber;
        this.calledNumber = calledNumber;
        this.listener = listener;
        this.offer = offer;
    }

    /** The network ends the call (hang-up, or cancel while ringing); idempotent. */
    @Override
    public void release(int q850Cause) {
        phone.releasedByNetwork(this, q850Cause);
    }

    /** The network's SDP answer to the offer the phone sent when it answered a call rung without SDP. */
    @Override
    public void remoteAnswered(String sdpAnswer) {
        phone.remoteAnswered(this, sdpAnswer);
    }

    MediaCounters counters() {
        return media == null ? MediaCounters.NONE : media.counters();
    }

    @Override
    public String toString() {
        return (incoming ? "call from " : "call to ") + (incoming ? callingNumber : calledNumber);
    }
}
