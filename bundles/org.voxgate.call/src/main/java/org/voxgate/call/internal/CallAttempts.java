package org.voxgate.call.internal;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.message.Response;

import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.spi.media.MediaLeg;

/**
 * The SIP callee side of a {@link Call}: one INVITE per hunt step or redirect, its responses and timers
 * ({@code timers trying} x 2^{@code retry invite} without an answer, {@code timers expires} while ringing) and
 * CANCEL towards it. Runs on the call's serial executor.
 */
final class CallAttempts {
    private static final Logger LOG = Logger.getLogger(CallAttempts.class.getName());
    private static final int MAX_REDIRECTS = 5;
    private final Call call;

    CallAttempts(Call call) {
        this.call = call;
    }

    void place(int peerTag, Destination dest, String number, boolean transportSwitch) throws UnroutableException {
        SipUaSettingsDTO s = call.settings();
        int maxForwards = Math.min(call.caller.maxForwards() - 1, s.maxForwards);
        OutboundInvite.Built built = call.services.invites().build(call.caller, number, dest, transportSwitch, maxForwards,
                peerTag, local -> {
                    call.media.localAddress(MediaLeg.B, local);
                    return call.media.relayOrPass(MediaLeg.A, call.caller.offer(), false);
                });
        OutboundAttempt a;
        call.dtmf.offer(built.invite(), call.dtmf.b.configured);
        try {
            ClientTransaction ct = built.leg().provider.getNewClientTransaction(built.invite());
            ct.setRetransmitTimer(s.timersTryingMs);
            built.leg().dialog = built.leg().provider.getNewDialog(ct);
            a = new OutboundAttempt(peerTag, dest, built.leg(), ct, built.invite());
            ct.setApplicationData(new TransactionRef.Invite(call, a));
            call.addDialogKey(built.leg().dialogKey());
            call.attempt = a;
            built.leg().peerTag = peerTag;
            built.leg().state = "STATE_SENT_INVITE (1)";
            ct.sendRequest();
        } catch (SipException e) {
            throw new UnroutableException("cannot send INVITE to " + dest + ": " + Call.rootMessage(e), e);
        }
        long giveUpMs = (long) s.timersTryingMs << s.retryInvite; // retry invite 6 at 500 ms = RFC 3261 Timer B, 32 s
        a.noResponse = call.services.timers().schedule(() -> call.executor.execute(() -> noResponse(a)), giveUpMs, TimeUnit.MILLISECONDS);
    }

    // ---- responses to our INVITE ----------------------------------------------------------------

    void onInviteResponse(ResponseEvent event, OutboundAttempt a) {
        Response r = event.getResponse();
        int status = r.getStatusCode();
        if (status < 200) {
            a.provisional = true;
            if (a.noResponse != null) {
                a.noResponse.cancel(false);
            }
            if (a.cancelPending) {
                sendCancel(a);
                return;
            }
            // a provisional overtaken by the final answer (UDP and the stack's thread pool do not keep order)
            if (a != call.attempt || call.ended || a.done || status == Response.TRYING) {
                return;
            }
            if (a.expires == null) {
                a.expires = call.services.timers().schedule(() -> call.executor.execute(() -> expired(a)),
                        call.settings().timersExpiresMs, TimeUnit.MILLISECONDS);
            }
            a.leg.state = "STATE_RECD_PROCEEDING (3)";
            call.dtmf.calleeSdp(r);
            call.state = "ALERTING";
            byte[] sdp = SipMessages.hasBody(r)
                    ? call.media.relayOrPass(MediaLeg.B, r.getRawContent(), call.caller.offer() != null) : null;
            call.caller.progress(r, sdp);
            return;
        }
        a.cancelTimers();
        a.done = true;
        if (status < 300) {
            answered(r, a);
            return;
        }
        call.services.calls().removeDialog(a.leg.dialogKey(), call);
        if (a != call.attempt || call.ended || call.cancelled) {
            call.end(); // e.g. the 487 after our CANCEL
            return;
        }
        if (status < 400) {
            redirected(r, a);
            return;
        }
        call.recordFailure(status, r.getReasonPhrase());
        if (huntsOn(status) && call.next < call.targets.size()) {
            LOG.info("Call " + call.id + ": " + a + " answered " + status + "; hunting");
            call.tryNextTarget();
        } else {
            LOG.info("Call " + call.id + ": " + a + " answered " + status + (huntsOn(status) ? "; no more dial-peers" : ""));
            call.fail(status, r.getReasonPhrase());
        }
    }

    /** IOS hunts on failures of the peer or the network, not on the callee's own answers (busy, decline). */
    static boolean huntsOn(int status) {
        return status == Response.REQUEST_TIMEOUT || status >= 500 && status < 600;
    }

    private void answered(Response r, OutboundAttempt a) {
        long cseq = SipMessages.cseq(r);
        if (a != call.attempt || call.ended || call.cancelled) {
            call.relay.ack(a.leg, cseq, null);
            call.relay.bye(a.leg);
            call.end();
            return;
        }
        call.out = a.leg;
        call.dtmf.calleeAnswered(r);
        if (call.caller.offer() != null || call.in == null) {
            call.relay.ack(call.out, cseq, null);
        } else {
            call.relay.expectAck(call.in, call.out, cseq); // late offer: the call.caller's ACK carries the answer
        }
        byte[] sdp = SipMessages.hasBody(r)
                ? call.media.relayOrPass(MediaLeg.B, r.getRawContent(), call.caller.offer() != null) : null;
        // DTMF relays attach before the caller hears the answer: a caller that starts sending RFC 4733 events at
        // once must find its leg's relay (and the NTE filter) in place, or its first events leak to the callee
        call.dtmf.connected();
        call.caller.answered(sdp, r);
        call.finalSent = true;
        call.connectTime = System.currentTimeMillis();
        call.state = "ACTIVE";
        call.out.state = "STATE_ACTIVE (7)";
        a.answered();
    }

    private void redirected(Response r, OutboundAttempt a) {
        Optional<Destination> contact = Destination.ofContact(r, a.destination.transport());
        if (call.settings().redirectHandling && contact.isPresent() && call.redirects < MAX_REDIRECTS) {
            call.redirects++;
            String number = Optional.ofNullable(SipMessages.contactUser(r)).orElse(SipMessages.user(a.invite.getRequestURI()));
            LOG.info("Call " + call.id + ": " + a + " redirected (" + r.getStatusCode() + ") to " + contact.get());
            try {
                place(a.peerTag, contact.get(), number, false);
                return;
            } catch (UnroutableException e) {
                LOG.info("Call " + call.id + ": redirect target not reachable: " + e.getMessage());
                call.recordFailure(Response.SERVICE_UNAVAILABLE, "Service Unavailable");
            }
        } else {
            call.recordFailure(Response.TEMPORARILY_UNAVAILABLE, "Temporarily Unavailable"); // 3xx handling off: 480 (IOS)
        }
        call.tryNextTarget();
    }

    private void noResponse(OutboundAttempt a) {
        if (a != call.attempt || a.provisional || a.done || call.ended) {
            return;
        }
        a.done = true;
        a.cancelTimers();
        call.services.calls().removeDialog(a.leg.dialogKey(), call);
        try {
            a.transaction.terminate();
        } catch (SipException e) {
            LOG.log(Level.FINE, "terminate", e);
        }
        SipUaSettingsDTO s = call.settings();
        LOG.info("Call " + call.id + ": no response from " + a + " (timers trying " + s.timersTryingMs + ", retry invite "
                + s.retryInvite + ")" + (call.next < call.targets.size() ? "; hunting" : ""));
        call.recordFailure(Response.REQUEST_TIMEOUT, "Request Timeout");
        if (call.cancelled) {
            call.end();
        } else {
            call.tryNextTarget();
        }
    }

    /** {@code timers expires}: ringing too long. IOS cancels the call.attempt and clears the call (cause 102). */
    private void expired(OutboundAttempt a) {
        if (a != call.attempt || a.done || call.ended) {
            return;
        }
        LOG.info("Call " + call.id + ": " + a + " not answered within timers expires; cancelling");
        call.cancelled = true;
        sendCancel(a);
        call.fail(Response.REQUEST_TIMEOUT, "Request Timeout");
    }

    /** The stack gave up on a transaction of ours (Timer B/F) or could not send it. */
    void onTransactionFailure(TransactionRef ref, String why) {
        if (ref instanceof TransactionRef.Invite inv) {
            OutboundAttempt a = inv.attempt();
            if (a == call.attempt && !a.provisional && !a.done) {
                noResponse(a);
            }
        } else if (ref instanceof TransactionRef.Relayed rel) {
            call.relay.failed(rel, why);
        } else if (ref instanceof TransactionRef.Dtmf d) {
            d.result().complete(org.voxgate.spi.dtmf.DtmfResponse.of(Response.REQUEST_TIMEOUT));
        }
    }

    void sendCancel(OutboundAttempt a) {
        if (a.cancelSent || a.done) {
            return;
        }
        if (!a.provisional) {
            a.cancelPending = true; // RFC 3261 9.1: no CANCEL before a provisional response
            return;
        }
        a.cancelPending = false;
        a.cancelSent = true;
        call.relay.cancel(a);
    }
}
