package org.voxgate.call.internal;

import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;
import org.voxgate.spi.routing.RouteTarget;

/**
 * The callee side of a call routed to a POTS dial peer: a call on a {@code Port}. The port reports from its own
 * threads; every report is handed to the call's serial executor.
 */
final class PortLeg implements PortCallListener {
    final Call call;
    final RouteTarget target;
    final String portId;
    volatile PortCall portCall;
    boolean answered;
    boolean released;
    /** The port's SDP from its answer, kept to answer re-INVITEs of the SIP side. */
    String sdp;
    java.util.concurrent.ScheduledFuture<?> expires;

    void cancelTimer() {
        if (expires != null) {
            expires.cancel(false);
        }
    }

    PortLeg(Call call, RouteTarget target) {
        this.call = call;
        this.target = target;
        this.portId = target.potsPort();
    }

    @Override
    public void alerting() {
        call.executor.execute(() -> call.ports.alerting(this));
    }

    @Override
    public void answered(String sdp) {
        call.executor.execute(() -> call.ports.answered(this, sdp));
    }

    @Override
    public void released(int q850Cause) {
        call.executor.execute(() -> call.ports.released(this, q850Cause));
    }

    /** Releases the port side from the network side; idempotent. */
    void release(int cause) {
        if (released) {
            return;
        }
        released = true;
        PortCall c = portCall;
        if (c != null) {
            c.release(cause);
        }
    }

    @Override
    public String toString() {
        return "dial-peer " + target.peerTag() + " (port " + portId + ")";
    }
}
