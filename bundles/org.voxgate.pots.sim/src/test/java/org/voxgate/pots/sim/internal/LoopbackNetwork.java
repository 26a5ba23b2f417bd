package org.voxgate.pots.sim.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortBusyException;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;
import org.voxgate.spi.port.PortCallOrigination;

/** A stand-in for the call core: every dialled call rings {@code callee}, passing SDP through unchanged. */
final class LoopbackNetwork implements PortCallOrigination {
    static final String CALLING = "6605000";
    private final Port callee;
    /** What the dialling port asked for and how the network released: "originate 0/0/0 6605001", "release 16". */
    final List<String> log = new CopyOnWriteArrayList<>();

    LoopbackNetwork(Port callee) {
        this.callee = callee;
    }

    @Override
    public PortCall originate(String portId, String callingNumber, String calledNumber, String sdpOffer,
            PortCallListener caller) {
        log.add("originate " + portId + " " + calledNumber);
        PortCall toCallee;
        try {
            toCallee = callee.ring(CALLING, calledNumber, sdpOffer, new PortCallListener() {
                @Override
                public void alerting() {
                    caller.alerting();
                }

                @Override
                public void answered(String sdp) {
                    caller.answered(sdp);
                }

                @Override
                public void released(int q850Cause) {
                    log.add("callee released " + q850Cause);
                    caller.released(q850Cause);
                }
            });
        } catch (PortBusyException e) {
            caller.released(17);
            return cause -> log.add("release " + cause);
        }
        return cause -> {
            log.add("release " + cause);
            toCallee.release(cause);
        };
    }
}
