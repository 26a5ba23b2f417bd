package org.voxgate.call.internal;

import java.nio.charset.StandardCharsets;

import javax.sip.message.Response;

import org.voxgate.spi.call.Redirect;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;

/**
 * A caller that is a POTS port which went off hook and dialled ({@code PortCallOrigination}). The port is told
 * the progress on its listener; it ends the call through this object's {@link #release(int)}.
 */
final class PortCaller implements CallerSide, PortCall {
    final String portId;
    private final String callingNumber;
    private final String offer;
    private final PortCallListener listener;
    private volatile Call call;
    private volatile boolean released;

    PortCaller(String portId, String callingNumber, String offer, PortCallListener listener) {
        this.portId = portId;
        this.callingNumber = callingNumber;
        this.offer = offer;
        this.listener = listener;
    }

    void attach(Call call) {
        this.call = call;
    }

    @Override
    public String callingNumber() {
        return callingNumber == null || callingNumber.isEmpty() ? "anonymous" : callingNumber;
    }

    @Override
    public String displayName() {
        return null;
    }

    @Override
    public int maxForwards() {
        return 70;
    }

    @Override
    public byte[] offer() {
        return offer == null ? null : offer.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean isSip() {
        return false;
    }

    @Override
    public void trying() {
        // a port hears nothing until the far end alerts
    }

    @Override
    public void progress(Response provisional, byte[] sdp) {
        if (provisional.getStatusCode() == Response.RINGING || provisional.getStatusCode() == Response.SESSION_PROGRESS) {
            listener.alerting();
        }
    }

    @Override
    public void ringing() {
        listener.alerting();
    }

    @Override
    public void answered(byte[] sdp, Response ok) {
        listener.answered(sdp == null ? null : new String(sdp, StandardCharsets.UTF_8));
    }

    @Override
    public void failed(int status, String reason) {
        released = true;
        listener.released(Q850.fromSip(status));
    }

    @Override
    public void redirect(Redirect redirect) {
        failed(Response.TEMPORARILY_UNAVAILABLE, null);
    }

    @Override
    public void calleeHungUp() {
        released = true;
        listener.released(Q850.NORMAL_CLEARING);
    }

    /** The port hung up (or gave up dialling). */
    @Override
    public void release(int q850Cause) {
        if (released) {
            return;
        }
        released = true;
        Call c = call;
        if (c != null) {
            c.executor.execute(() -> c.callerReleased(q850Cause));
        }
    }
}
