package org.voxgate.itests.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A SIP user agent for the DTMF itests (issue 6): raw SIP text over UDP on 127.0.0.1, one dialog (it calls, or
 * answers an INVITE at once with 100/180/200), RTP with 20 ms PCMU packets all the time, and DTMF in and out by
 * any of the five {@link DtmfMethod}s (semantics.md §1.4).
 * <p>
 * The methods it is built with are what it advertises: telephone-event in its SDP (rtp-nte), Call-Info for
 * Cisco NOTIFY (sip-notify), {@code Allow-Events: kpml} (sip-kpml), INFO in Allow (sip-info); in-band needs
 * nothing. Whatever it advertises, it observes digits arriving by every method, so a test sees a digit that came
 * by the wrong method or twice. Every wait is bounded; digit durations come from the wire (packet counts, message
 * fields), never from the receiver's clock.
 * <p>
 * Not there (not needed against a B2BUA on 127.0.0.1): TCP, route sets, authentication, early media, more than one
 * dialog per instance (make a new one per call; the ports can be reused at once).
 */
public final class DtmfUa implements AutoCloseable {
    public static final Duration SIP_TIMEOUT = Duration.ofSeconds(32);

    final String name;
    private final int sipPort;
    private final int rtpPort;
    private final Set<DtmfMethod> methods;
    private final DigitLog digits = new DigitLog();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Object inDialogRequests = new Object();
    private final SipUdp sip;
    private final RtpEndpoint rtp;
    final KpmlDtmf kpml = new KpmlDtmf(this);
    private final CompletableFuture<Void> confirmed = new CompletableFuture<>();
    private volatile int ntePayloadType = 101;
    private volatile int localNtePt = -1;
    private volatile SipDialog dialog;
    private volatile SipDialog.Prepared lastAck;
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile Set<DtmfMethod> peerMethods = EnumSet.noneOf(DtmfMethod.class);
    private volatile int peerNotifyDuration = -1;

    /** A UA named {@code name} (its Contact user) on 127.0.0.1:sipPort (SIP) and :rtpPort (RTP), advertising these methods. */
    public DtmfUa(String name, int sipPort, int rtpPort, DtmfMethod... methods) {
        this.name = name;
        this.sipPort = sipPort;
        this.rtpPort = rtpPort;
        this.methods = methods.length == 0 ? EnumSet.noneOf(DtmfMethod.class) : EnumSet.copyOf(List.of(methods));
        try {
            this.rtp = new RtpEndpoint(name, rtpPort, digits::add);
            try {
                this.sip = new SipUdp(name, sipPort, this::onRequest, this::onStrayResponse);
            } catch (IOException e) {
                rtp.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot bind 127.0.0.1:" + sipPort + "/" + rtpPort + " (" + e.getMessage() + ")", e);
        }
    }

    /** The telephone-event payload type this UA offers (default 101); as answerer it takes the offer's. */
    public DtmfUa ntePayloadType(int pt) {
        this.ntePayloadType = pt;
        return this;
    }

    // ---------------------------------------------------------------- call control

    /** Calls {@code number} at 127.0.0.1:port and returns once the call is answered (200) and ACKed; fails otherwise. */
    public void call(String number, int port) {
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
        String target = "sip:" + number + "@127.0.0.1:" + port;
        SipDialog d = new SipDialog(RawSip.hex(8) + "@127.0.0.1", "<sip:" + name + "@127.0.0.1:" + sipPort + ">;tag=" + RawSip.hex(4),
                "<" + target + ">", target, to, 0);
        dialog = d;
        localNtePt = methods.contains(DtmfMethod.RTP_NTE) ? ntePayloadType : -1;
        SipDialog.Prepared invite = d.request("INVITE", sipPort, contact(), advertised(), "application/sdp", Sdp.build(rtpPort, localNtePt));
        SipMessage r = sip.transact(invite.bytes(), invite.branch(), to, SIP_TIMEOUT);
        if (r.status() >= 300) {
            sip.send(d.failureAck(invite, r.header("To"), sipPort), to);
            throw new AssertionError(name + ": INVITE " + target + " failed: " + r.startLine + "\n" + r);
        }
        d.remote = r.header("To");
        String contact = r.header("Contact");
        if (contact != null) {
            d.remoteTarget = SipMessage.uri(contact);
            d.destination = new InetSocketAddress("127.0.0.1", SipMessage.port(d.remoteTarget));
        }
        learnPeer(r);
        lastAck = d.ack(invite.cseq(), sipPort, contact(), new byte[0]);
        sip.send(lastAck.bytes(), d.destination);
        confirmed.complete(null);
    }

    /** Waits (bounded) until a call to this UA is answered and ACKed (or its own call is up). */
    public void awaitCall(Duration timeout) {
        try {
            confirmed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(name + ": no call established within " + timeout + "; problems: " + problems, e);
        }
    }

    /** Sends BYE and waits for its 2xx. */
    public void hangUp() {
        inDialog("BYE", List.of(), null, new byte[0]);
        ended.complete(null);
    }

    /** Whether the dialog ended (BYE sent or received). */
    public boolean ended() {
        return ended.isDone();
    }

    /** Waits (bounded) for the peer's BYE, e.g. the gateway's after the other leg hung up; fails without one. */
    public void awaitHangUp(Duration timeout) {
        try {
            ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError(name + ": no BYE within " + timeout, e);
        }
    }

    /** The methods the peer advertised (INVITE or 200; in-band always counts); see the class comment for which header. */
    public Set<DtmfMethod> peerMethods() {
        return Collections.unmodifiableSet(peerMethods);
    }

    // ---------------------------------------------------------------- DTMF

    /** Sends the keys by this UA's only method; see {@link #sendDigits(DtmfMethod, String, int, int)}. */
    public void sendDigits(String keys, int durationMs, int gapMs) {
        if (methods.size() != 1) {
            throw new IllegalStateException(name + " advertises " + methods + ": say which method to send by");
        }
        sendDigits(methods.iterator().next(), keys, durationMs, gapMs);
    }

    /**
     * Sends the keys by that method, each {@code durationMs} long and {@code gapMs} apart, and returns when the last
     * one is sent (and, for SIP methods, answered). KPML: waits first (bounded) for the peer's SUBSCRIBE. In-band:
     * gapMs must be at least 40.
     */
    public void sendDigits(DtmfMethod method, String keys, int durationMs, int gapMs) {
        awaitCall(SIP_TIMEOUT);
        switch (method) {
            case RTP_NTE -> rtp.send(keys, durationMs, gapMs, true);
            case INBAND -> rtp.send(keys, durationMs, gapMs, false);
            case SIP_INFO -> InfoDtmf.send(this, keys, durationMs, gapMs);
            case SIP_NOTIFY -> NotifyDtmf.send(this, keys, durationMs, gapMs, peerNotifyDuration < 0 ? NotifyDtmf.MAX_DURATION_MS
                    : Math.min(NotifyDtmf.MAX_DURATION_MS, peerNotifyDuration));
            case SIP_KPML -> kpml.send(keys, durationMs, gapMs, SIP_TIMEOUT);
        }
    }

    /** For KPML reception: SUBSCRIBEs (in-dialog, Event: kpml, persistent) to the peer; returns after its 2xx. */
    public void subscribeKpml() {
        awaitCall(SIP_TIMEOUT);
        kpml.subscribe();
    }

    /** The kpml-request bodies the peer SUBSCRIBEd to this UA with. */
    public List<String> kpmlRequests() {
        return kpml.requests();
    }

    /** Every digit observed so far, in arrival order. */
    public List<DtmfDigit> receivedDigits() {
        return digits.snapshot();
    }

    /** Waits until at least n digits arrived or the timeout passed; returns what arrived (assert on it). */
    public List<DtmfDigit> awaitDigits(int n, Duration timeout) {
        return digits.await(n, timeout);
    }

    public void clearDigits() {
        digits.clear();
    }

    /** Anything unexpected (non-2xx answers, requests outside the dialog, bad DTMF bodies, RTP payload types not negotiated…). */
    public List<String> problems() {
        List<String> all;
        synchronized (problems) {
            all = new ArrayList<>(problems);
        }
        if (!rtp.unexpectedPayloadTypes().isEmpty()) {
            all.add(name + ": RTP payload types that were not negotiated: " + rtp.unexpectedPayloadTypes());
        }
        return all;
    }

    /** The SIP messages this UA sent (>>) and received (<<), the last 400, for failure messages. */
    public String sipTrace() {
        return String.join("\n", sip.trace());
    }

    /** RTP packets received so far (any payload type). */
    public int rtpPacketsReceived() {
        return rtp.packetsReceived();
    }

    // ---------------------------------------------------------------- SIP internals

    private String contact() {
        return "<sip:" + name + "@127.0.0.1:" + sipPort + ">";
    }

    private List<String> advertised() {
        return DtmfAdvertising.headers(methods, sipPort);
    }

    /** Peer methods from its INVITE / 200 / ACK headers and SDP; the SDP also points the RTP at the peer. */
    private void learnPeer(SipMessage m) {
        Set<DtmfMethod> s = EnumSet.of(DtmfMethod.INBAND);
        s.addAll(peerMethods);
        if (!m.isRequest() || !m.method().equals("ACK")) {
            s.removeAll(EnumSet.of(DtmfMethod.SIP_INFO, DtmfMethod.SIP_KPML, DtmfMethod.SIP_NOTIFY));
            s.addAll(DtmfAdvertising.signalled(m));
            peerNotifyDuration = NotifyDtmf.peerDuration(m);
        }
        if (m.contentType().equals("application/sdp")) {
            Sdp sdp = Sdp.parse(m.bodyText());
            s.remove(DtmfMethod.RTP_NTE);
            if (sdp.telephoneEventPt() >= 0) {
                s.add(DtmfMethod.RTP_NTE);
            }
            if (!sdp.pcmu()) {
                problem("peer SDP without PCMU:\n" + m.bodyText());
            }
            rtp.connect(sdp, localNtePt);
        }
        peerMethods = s;
    }

    private void onRequest(SipMessage m, InetSocketAddress from) {
        SipDialog d = dialog;
        boolean inDialog = d != null && d.callId.equals(m.header("Call-ID"));
        switch (m.method()) {
            case "INVITE" -> onInvite(m, from, inDialog);
            case "ACK" -> {
                if (inDialog) {
                    if (m.body.length > 0) {
                        learnPeer(m); // the answer to our offer in a 200 (the INVITE had no SDP)
                    }
                    confirmed.complete(null);
                }
            }
            default -> {
                if (!inDialog && !m.method().equals("OPTIONS")) {
                    problem(m.method() + " outside the dialog:\n" + m);
                    respond(m, from, 481, "Call/Transaction Does Not Exist", List.of(), null, null);
                } else {
                    onInDialogRequest(m, from);
                }
            }
        }
    }

    private void onInDialogRequest(SipMessage m, InetSocketAddress from) {
        switch (m.method()) {
            case "BYE" -> {
                respond(m, from, 200, "OK", List.of(), null, null);
                ended.complete(null);
            }
            case "INFO" -> {
                respond(m, from, 200, "OK", List.of(), null, null);
                DtmfDigit d = InfoDtmf.parse(m);
                if (d != null) {
                    digits.add(d);
                } else if (m.body.length > 0) {
                    problem("INFO without a DTMF body:\n" + m);
                }
            }
            case "NOTIFY" -> {
                respond(m, from, 200, "OK", m.event().equals("telephone-event") ? List.of("Allow-Events: telephone-event") : List.of(),
                        null, null);
                if (m.event().equals("telephone-event")) {
                    DtmfDigit d = NotifyDtmf.parse(m, problems);
                    if (d != null) {
                        digits.add(d);
                    }
                } else if (m.event().equals("kpml")) {
                    kpml.onNotify(m).forEach(digits::add);
                } else {
                    problem("NOTIFY for event '" + m.event() + "':\n" + m);
                }
            }
            case "SUBSCRIBE" -> {
                if (m.event().equals("kpml")) {
                    kpml.onSubscribe(m, from);
                } else {
                    problem("SUBSCRIBE for event '" + m.event() + "'");
                    respond(m, from, 489, "Bad Event", List.of("Allow-Events: kpml"), null, null);
                }
            }
            default -> respond(m, from, 200, "OK", m.method().equals("OPTIONS") ? advertised() : List.of(), null, null);
        }
    }

    /** A new INVITE is answered at once (100, 180, 200 with our SDP); a re-INVITE of our dialog gets 200 and our SDP. */
    private void onInvite(SipMessage m, InetSocketAddress from, boolean inDialog) {
        if (!inDialog && dialog != null) {
            problem("second call while one is up:\n" + m);
            respond(m, from, 486, "Busy Here", List.of(), null, null);
            return;
        }
        if (!inDialog) {
            String target = SipMessage.uri(m.header("Contact") == null ? m.header("From") : m.header("Contact"));
            dialog = new SipDialog(m.header("Call-ID"), m.header("To") + ";tag=" + RawSip.hex(4), m.header("From"), target,
                    new InetSocketAddress("127.0.0.1", SipMessage.port(target)), 0);
            respond(m, from, 100, "Trying", List.of(), null, null);
        }
        boolean offered = m.contentType().equals("application/sdp");
        int offeredNte = offered ? Sdp.parse(m.bodyText()).telephoneEventPt() : -1;
        localNtePt = methods.contains(DtmfMethod.RTP_NTE) ? (offeredNte >= 0 ? offeredNte : ntePayloadType) : -1;
        learnPeer(m);
        List<String> headers = new ArrayList<>(advertised());
        headers.add("Contact: " + contact());
        if (!inDialog) {
            respond(m, from, 180, "Ringing", headers, null, null);
        }
        byte[] ok = SipDialog.response(m, 200, "OK", SipMessage.param(dialog.local, "tag"), headers, "application/sdp",
                Sdp.build(rtpPort, localNtePt));
        if (inDialog) {
            sip.respond(m, from, ok);
        } else {
            sip.respondUntilAcked(m, from, ok, confirmed);
        }
    }

    private void onStrayResponse(SipMessage r) {
        SipDialog d = dialog;
        SipDialog.Prepared ack = lastAck;
        if (d != null && ack != null && r.status() / 100 == 2 && r.cseqMethod().equals("INVITE") && d.callId.equals(r.header("Call-ID"))) {
            sip.send(ack.bytes(), d.destination); // our ACK was lost: the 200 comes again
        }
    }

    /** Sends an in-dialog request and returns its 2xx; anything else fails (the test, through the calling thread). */
    SipMessage inDialog(String method, List<String> headers, String contentType, byte[] body) {
        SipDialog d = dialog;
        if (d == null) {
            throw new IllegalStateException(name + ": no dialog for " + method);
        }
        SipMessage r;
        // one in-dialog request at a time: a CSeq taken by one thread must not reach the wire after a higher one
        // taken by another (the gateway handles a dialog's requests in arrival order and answers a lower CSeq
        // "500 Request out of order", RFC 3261 12.2.2)
        synchronized (inDialogRequests) {
            SipDialog.Prepared p = d.request(method, sipPort, contact(), headers, contentType, body);
            r = sip.transact(p.bytes(), p.branch(), d.destination, SIP_TIMEOUT);
        }
        if (r.status() / 100 != 2) {
            problem(method + " answered " + r.startLine);
            throw new IllegalStateException(name + ": " + method + " answered " + r.startLine + "\n" + r);
        }
        return r;
    }

    /** Responds to a request (the To gets our dialog tag when it has none). */
    void respond(SipMessage request, InetSocketAddress to, int status, String reason, List<String> headers, String contentType,
                 byte[] body) {
        SipDialog d = dialog;
        String tag = d != null ? SipMessage.param(d.local, "tag") : RawSip.hex(4);
        List<String> h = new ArrayList<>(headers);
        if (request.method().equals("SUBSCRIBE") && status < 300) {
            h.add("Contact: " + contact());
        }
        sip.respond(request, to, SipDialog.response(request, status, reason, tag, h, contentType, body));
    }

    void problem(String text) {
        problems.add(name + ": " + text);
    }

    /** Sends BYE if the call is still up (bounded, never throws), then closes the sockets. */
    @Override
    public void close() {
        try {
            if (confirmed.isDone() && !ended.isDone()) {
                hangUp();
            }
        } catch (RuntimeException e) {
            System.err.println("[" + name + "] BYE on close failed: " + e.getMessage());
        } finally {
            sip.close();
            rtp.close();
        }
    }

    @Override
    public String toString() {
        return name + " (" + methods + ", sip " + sipPort + ", rtp " + rtpPort + ")";
    }
}
