package org.voxgate.call.internal;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.sip.message.Response;

import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortBusyException;
import org.voxgate.spi.routing.RouteTarget;

/**
 * The POTS callee side of a {@link Call}: ringing the {@code Port} of a POTS dial peer and following what the line
 * reports (alerting, answer, release). Runs on the call's serial executor, like the call itself.
 */
final class CallPorts {
    private static final Logger LOG = Logger.getLogger(CallPorts.class.getName());
    private final Call call;

    CallPorts(Call call) {
        this.call = call;
    }

    void place(RouteTarget target) throws UnroutableException {
        Port port = call.services.ports().apply(target.potsPort());
        if (port == null) {
            throw new UnroutableException("POTS port " + target.potsPort() + " not available (no port service)");
        }
        PortLeg leg = new PortLeg(call, target);
        call.portLeg = leg;
        call.media.localAddress(MediaLeg.B, "127.0.0.1"); // ports live in this JVM's host
        byte[] offerBytes = call.media.relayOrPass(MediaLeg.A, call.caller.offer(), false);
        String offer = offerBytes == null ? null : new String(offerBytes, StandardCharsets.UTF_8);
        try {
            leg.portCall = port.ring(call.calling, target.number(), offer, leg);
        } catch (PortBusyException e) {
            call.portLeg = null;
            throw new UnroutableException("POTS port " + target.potsPort() + " busy", Response.BUSY_HERE);
        } catch (RuntimeException e) {
            call.portLeg = null;
            throw new UnroutableException("POTS port " + target.potsPort() + " failed: " + e.getMessage());
        }
        leg.expires = call.services.timers().schedule(() -> call.executor.execute(() -> notAnswered(leg)),
                call.settings().timersExpiresMs, TimeUnit.MILLISECONDS);
    }

    void alerting(PortLeg leg) {
        if (leg != call.portLeg || call.isEnded() || call.isCancelled()) {
            return;
        }
        call.state = "ALERTING";
        call.caller.ringing();
    }

    void answered(PortLeg leg, String sdp) {
        leg.cancelTimer();
        if (leg != call.portLeg || call.isEnded() || call.isCancelled()) {
            leg.release(Q850.NORMAL_CLEARING);
            return;
        }
        leg.answered = true;
        leg.sdp = sdp;
        if (call.caller.offer() == null && call.in != null) {
            call.relay.expectPortAck(leg); // late offer: the port made the offer, the caller's ACK has the answer
        }
        byte[] forCaller = sdp == null ? null
                : call.media.relayOrPass(MediaLeg.B, sdp.getBytes(StandardCharsets.UTF_8), call.caller.offer() != null);
        call.caller.answered(forCaller, null);
        call.connected();
    }

    void released(PortLeg leg, int cause) {
        leg.released = true;
        leg.cancelTimer();
        if (leg != call.portLeg) {
            return;
        }
        if (leg.answered) {
            if (!call.isEnded()) {
                LOG.fine(() -> call + ": " + leg + " hung up (cause " + cause + ")");
                call.caller.calleeHungUp();
                call.end();
            }
            return;
        }
        if (call.isEnded() || call.isCancelled()) {
            call.end();
            return;
        }
        call.portLeg = null;
        LOG.info(call + ": " + leg + " released before answer, cause " + cause
                + (call.hasMoreTargets() ? "; hunting" : ""));
        call.recordFailure(Q850.toSip(cause), null);
        call.tryNextTarget();
    }

    private void notAnswered(PortLeg leg) {
        if (leg != call.portLeg || leg.answered || leg.released || call.isEnded()) {
            return;
        }
        LOG.info(call + ": " + leg + " not answered within timers expires");
        leg.release(Q850.NO_ANSWER);
        call.portLeg = null;
        call.cancel();
        call.fail(Response.TEMPORARILY_UNAVAILABLE, "No Answer");
    }
}
