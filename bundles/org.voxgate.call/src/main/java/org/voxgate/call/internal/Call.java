package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.spi.call.CallInterceptor;
import org.voxgate.spi.call.Redirect;
import org.voxgate.spi.call.RouteContext;
import org.voxgate.spi.media.MediaException;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.registrar.Registrar;
import org.voxgate.spi.routing.InboundPeer;
import org.voxgate.spi.routing.RouteTarget;
import org.voxgate.spi.routing.Router;

/**
 * One B2BUA call: the inbound leg, routing, hunting over the outbound peers, answer, and the end.
 * Every method runs on the call's {@link SerialExecutor}; in-dialog relaying is in {@link DialogRelay}.
 */
final class Call {
    private static final Logger LOG = Logger.getLogger(Call.class.getName());

    final String id;
    final long setupTime = System.currentTimeMillis();
    final SerialExecutor executor;
    final CallServices services;
    final CallerSide caller;
    /** The caller's SIP leg; null when a POTS port placed the call. */
    final Leg in;
    /** Call-ID and From tag of the caller's INVITE (for its CANCEL); null for port callers. */
    final String inviteKey;
    final String calling;
    final String called;
    final DialogRelay relay;
    final CallPorts ports;
    final CallAttempts attempts;
    final CallMedia media;
    final CallDtmf dtmf;

    volatile String state = "SETUP";
    volatile long connectTime;
    volatile Leg out;
    volatile OutboundAttempt attempt;
    volatile PortLeg portLeg;
    private final List<String> dialogKeys = new ArrayList<>();
    List<RouteTarget> targets = List.of();
    int next;
    int redirects;
    private int lastStatus;
    private String lastReason;
    boolean finalSent;
    boolean cancelled;
    boolean ended;

    /** A call from a SIP caller. */
    Call(String id, CallServices services, SipCaller caller) {
        this(id, services, caller, caller.leg, Calls.inviteKey(caller.leg.callId, SipMessages.fromTag(caller.invite)),
                SipMessages.calledNumber(caller.invite));
        caller.attach(this);
    }

    /** A call from a POTS port. */
    Call(String id, CallServices services, PortCaller caller, String calledNumber) {
        this(id, services, caller, null, null, calledNumber);
        caller.attach(this);
    }

    private Call(String id, CallServices services, CallerSide caller, Leg in, String inviteKey, String called) {
        this.id = id;
        this.services = services;
        this.executor = new SerialExecutor(services.pool());
        this.caller = caller;
        this.in = in;
        this.inviteKey = inviteKey;
        this.calling = caller.callingNumber();
        this.called = called == null ? "" : called;
        this.relay = new DialogRelay(this);
        this.ports = new CallPorts(this);
        this.attempts = new CallAttempts(this);
        this.media = new CallMedia(this);
        this.dtmf = new CallDtmf(this);
        if (in != null) {
            addDialogKey(in.dialogKey());
        }
    }

    synchronized List<String> dialogKeys() {
        return List.copyOf(dialogKeys);
    }

    synchronized void addDialogKey(String key) {
        dialogKeys.add(key);
        services.calls().addDialog(key, this);
    }

    // ---- setup ----------------------------------------------------------------------------------

    void start() {
        caller.trying();
        if (caller.maxForwards() <= 0) {
            fail(Response.TOO_MANY_HOPS, null);
            return;
        }
        Optional<InboundPeer> inbound = Optional.empty();
        boolean registered;
        try {
            Registrar registrar = services.registrar().get();
            List<RouteTarget> located = registrar == null ? List.of() : registrar.locate(called);
            registered = !located.isEmpty(); // SRST: a registered phone is reached without a dial peer
            Router router = services.router().get();
            if (router == null && !registered) {
                LOG.warning("Call " + id + " to " + called + ": no router (dial-peer bundle not active); 503");
                fail(Response.SERVICE_UNAVAILABLE, SipCaller.ROUTING_NOT_AVAILABLE);
                return;
            }
            if (router != null && in != null) {
                inbound = router.matchInbound(called, calling);
            }
            targets = registered ? located : router.route(called, calling);
        } catch (RuntimeException e) {
            LOG.warning("Call " + id + " to " + called + ": routing not available (" + e.getMessage() + "); 503");
            fail(Response.SERVICE_UNAVAILABLE, SipCaller.ROUTING_NOT_AVAILABLE);
            return;
        }
        inbound.ifPresent(p -> in.peerTag = p.peerTag());
        if (caller instanceof SipCaller sip) {
            dtmf.caller(sip.invite, inbound.map(InboundPeer::dtmfRelay).orElse(List.of()));
        }
        if (inbound.isEmpty() && in != null) {
            LOG.info("Call " + id + " from " + calling + " to " + called + " matched inbound dial-peer 0 "
                    + "(no incoming called-number, answer-address or destination-pattern matched)");
        }
        if (targets.isEmpty()) {
            LOG.info("Call " + id + " from " + calling + ": no dial-peer matches called number " + called + "; 404");
            fail(Response.NOT_FOUND, null);
            return;
        }
        RouteContext context = new RouteContext(calling, called, caller.isSip(), inbound, targets);
        if (context.isSipToSip() && !registered) { // calls between registered phones are not IP-to-IP trunking
            Optional<Redirect> redirect = redirectFromInterceptors(context);
            if (redirect.isPresent()) {
                state = "REDIRECTED";
                caller.redirect(redirect.get());
                finalSent = true;
                end();
                return;
            }
            if (!services.voiceService().get().allowSipToSip()) {
                LOG.warning("Call " + id + " from " + calling + " to " + called + " refused: SIP-to-SIP calls need "
                        + "voice service voip / allow-connections sip to sip (or redirect ip2ip); 403");
                fail(Response.FORBIDDEN, "SIP-to-SIP calls are not allowed");
                return;
            }
        }
        media.open(services.media().get());
        media.localAddress(MediaLeg.A, in != null ? CallMedia.hostOf(in.contact) : "127.0.0.1");
        if (caller.offer() != null) {
            try {
                media.offer(MediaLeg.A, caller.offer()); // checked once here: a bad offer is the caller's, not a peer's
            } catch (MediaException e) {
                LOG.info("Call " + id + ": caller's SDP offer refused by the media relay: " + e.getMessage());
                fail(CallMedia.statusFor(e), null);
                return;
            }
        }
        state = "PROCEEDING";
        tryNextTarget();
    }

    private Optional<Redirect> redirectFromInterceptors(RouteContext context) {
        List<CallInterceptor> interceptors = services.interceptors().get();
        for (int i = interceptors.size() - 1; i >= 0; i--) { // DS orders by ranking, lowest first
            try {
                Optional<Redirect> r = interceptors.get(i).onRoute(context);
                if (r != null && r.isPresent()) {
                    return r;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Call interceptor " + interceptors.get(i).getClass().getName() + " failed", e);
            }
        }
        return Optional.empty();
    }

    void tryNextTarget() {
        while (next < targets.size() && !cancelled && !ended) {
            RouteTarget target = targets.get(next++);
            try {
                if (target.isPots()) {
                    ports.place(target);
                } else {
                    dtmf.b.configure(target.dtmfRelay());
                    attempts.place(target.peerTag(), Destination.of(target, settings(), services.dns(),
                            services.registrations().get()), target.number(), target.transportSwitch());
                }
                return;
            } catch (UnroutableException e) {
                LOG.info("Call " + id + ": dial-peer " + target.peerTag() + " not reachable: " + e.getMessage()
                        + (next < targets.size() ? "; hunting" : ""));
                recordFailure(e.status, null);
            }
        }
        if (!cancelled && !ended) {
            fail(lastStatus == 0 ? Response.NOT_FOUND : lastStatus, lastReason);
        }
    }

    // ---- CANCEL, end -----------------------------------------------------------------------------

    void onCancel(ServerTransaction cancelTx) {
        ((SipCaller) caller).okToCancel(cancelTx);
        if (finalSent || ended) {
            return; // too late: the call was answered (or failed) already
        }
        // FINE: a caller hanging up before the answer is routine, and under overload every call ends this way
        // (INFO here was the top FileHandler lock wait at 2000 calls/s); show sip-ua statistics counts the CANCELs
        LOG.fine(() -> "Call " + id + " cancelled by the caller");
        cancelled = true;
        fail(Response.REQUEST_TERMINATED, null);
    }

    /** No RTP from a leg that should send ({@code media.inactivity.timer}): the call is dead; release it. */
    void mediaInactive(MediaLeg leg, long idleSeconds) {
        if (!ended) {
            LOG.info("Call " + id + ": no media from leg " + leg + " for " + idleSeconds + " s; releasing the call");
            release();
        }
    }

    /** Released by the gateway (forced shutdown): BYE on answered legs, 503 to a caller still waiting. */
    void release() {
        if (ended) {
            return;
        }
        if (!finalSent) {
            cancelled = true;
            fail(Response.SERVICE_UNAVAILABLE, "Service shut down");
            return;
        }
        Leg o = out;
        if (o != null && o.dialog != null) {
            relay.bye(o);
        } else if (portLeg != null) {
            portLeg.release(Q850.NORMAL_UNSPECIFIED);
        }
        if (in != null && in.dialog != null) {
            relay.bye(in);
        } else {
            caller.calleeHungUp();
        }
        end();
    }

    /** The stack deleted a dialog of an answered leg (ACK never came, or similar): end the call, BYE the other leg. */
    void dialogGone(javax.sip.Dialog dialog) {
        Leg o = out;
        boolean callerLeg = in != null && dialog == in.dialog;
        boolean calleeLeg = o != null && dialog == o.dialog;
        if (ended || !finalSent || !(callerLeg || calleeLeg)) {
            return; // attempts that failed, or dialogs of calls that already ended
        }
        LOG.info("Call " + id + ": the stack ended the dialog of the " + (callerLeg ? in.role : o.role)
                + " leg (no ACK or timeout); ending the call");
        if (callerLeg) {
            if (o != null && o.dialog != null) {
                relay.bye(o);
            } else if (portLeg != null) {
                portLeg.release(Q850.NORMAL_UNSPECIFIED);
            }
        } else {
            caller.calleeHungUp();
        }
        end();
    }

    /** A POTS caller hung up: before answer like a CANCEL, after answer like a BYE. */
    void callerReleased(int cause) {
        if (ended) {
            return;
        }
        if (!finalSent) {
            LOG.info("Call " + id + " abandoned by the calling port (cause " + cause + ")");
            cancelled = true;
            finalSent = true; // nobody to answer: the port is gone
            fail(Response.REQUEST_TERMINATED, null);
            return;
        }
        Leg o = out;
        if (o != null && o.dialog != null) {
            relay.bye(o);
        } else if (portLeg != null) {
            portLeg.release(cause);
        }
        end();
    }

    /** Final failure answer to the caller, then the call ends (once a pending outbound attempt is cleared). */
    void fail(int status, String reason) {
        if (!finalSent) {
            finalSent = true;
            caller.failed(status, reason);
        }
        PortLeg p = portLeg;
        if (p != null && !p.released) {
            cancelled = true;
            p.release(status == Response.REQUEST_TERMINATED ? Q850.NORMAL_UNSPECIFIED : Q850.fromSip(status));
        }
        OutboundAttempt a = attempt;
        if (a != null && !a.done) {
            cancelled = true;
            attempts.sendCancel(a);
            if (a.cancelPending || a.cancelSent) {
                state = "DISCONNECTING";
                return; // ends when the attempt's final response (487) arrives
            }
        }
        end();
    }

    void end() {
        if (ended) {
            return;
        }
        ended = true;
        state = "ENDED";
        OutboundAttempt a = attempt;
        if (a != null) {
            a.cancelTimers();
        }
        PortLeg p = portLeg;
        if (p != null) {
            p.cancelTimer();
            p.release(Q850.NORMAL_CLEARING);
        }
        dtmf.close();
        media.close();
        services.calls().remove(this);
    }

    boolean isEnded() {
        return ended;
    }

    boolean isCancelled() {
        return cancelled;
    }

    boolean hasMoreTargets() {
        return next < targets.size();
    }

    /** The callee answered: the call is up. */
    void connected() {
        finalSent = true;
        connectTime = System.currentTimeMillis();
        state = "ACTIVE";
    }

    /** Stop hunting: the caller hung up or a timer gave up. */
    void cancel() {
        cancelled = true;
    }

    void recordFailure(int status, String reason) {
        lastStatus = status;
        lastReason = reason;
    }

    SipUaSettingsDTO settings() {
        return services.settings().get();
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public String toString() {
        return "call " + id;
    }
}
