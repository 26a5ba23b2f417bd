package org.voxgate.call.internal;

import javax.sip.message.Response;

import org.voxgate.spi.call.Redirect;

/**
 * The side of a call that placed it: a SIP caller (an INVITE came in) or a POTS port that dialled. The call
 * core routes and hunts the same way for both and reports the outcome here. Called on the call's executor.
 */
interface CallerSide {
    String callingNumber();

    /** Display name to present, or null. */
    String displayName();

    /** Max-Forwards the caller's request had (70 for a port). */
    int maxForwards();

    /** The caller's SDP offer, or null (late offer). */
    byte[] offer();

    boolean isSip();

    /** The call is being worked on (SIP: 100 Trying). */
    void trying();

    /** A provisional response of a SIP callee (180/183) and its early-media SDP for this side (or null). */
    void progress(Response provisional, byte[] sdp);

    /** A POTS callee rings. */
    void ringing();

    /** The callee answered: its SDP (may be null), and its 200 when the callee is SIP. */
    void answered(byte[] sdp, Response ok);

    /** The call failed before answer: final status to the caller. */
    void failed(int status, String reason);

    /** Redirect instead of bridging (SIP callers only; a port treats it as a failure). */
    void redirect(Redirect redirect);

    /** The callee hung up after answer. */
    void calleeHungUp();
}
