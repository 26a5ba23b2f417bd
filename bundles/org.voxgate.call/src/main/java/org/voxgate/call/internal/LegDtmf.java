package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;

/**
 * DTMF state of one SIP leg: the methods its dial peer lists, what the peer advertised, the method chosen
 * (semantics 1.4) and the relay session attached for it, plus receive-only sessions of relays that take their
 * requests on every leg (SIP INFO). The core's side of {@link DtmfLeg}. Fields change on the call's executor only.
 */
final class LegDtmf implements DtmfLeg {
    private static final Logger LOG = Logger.getLogger(LegDtmf.class.getName());
    private final CallDtmf owner;
    private final MediaLeg side;
    /** {@code dtmf-relay} of the leg's dial peer, preference order, only methods a relay could provide. */
    List<String> configured = List.of();
    volatile DtmfMessage peer;
    volatile String remoteSdp;
    volatile String localSdp;
    /** Method chosen at the last negotiation; null = none (no relay for anything, audio passes as it is). */
    volatile String chosen;
    DtmfRelay chosenRelay;
    volatile DtmfSession session;
    /** Relays that threw on attach: not tried again on this leg. */
    private final Set<DtmfRelay> broken = new HashSet<>();
    /** Receive-only sessions by relay (relays that accept their method unnegotiated). */
    final Map<DtmfRelay, DtmfSession> receivers = new LinkedHashMap<>();

    LegDtmf(CallDtmf owner, MediaLeg side) {
        this.owner = owner;
        this.side = side;
    }

    void configure(List<String> dialPeerMethods) {
        List<String> methods = new ArrayList<>();
        for (String m : dialPeerMethods) {
            if (!m.equals("digit-drop") && !methods.contains(m)) {
                methods.add(m);
            }
        }
        configured = List.copyOf(methods);
    }

    /**
     * The method for this leg now: of the listed methods that a relay provides and the peer supports, NOTIFY first,
     * then RTP-NTE over KPML (IOS does not SUBSCRIBE when NTE is negotiated), else the configuration order; in-band
     * when nothing is negotiated.
     */
    String choose(DtmfRelays relays) {
        List<String> negotiated = new ArrayList<>();
        for (String m : configured) {
            if (supports(relays, m)) {
                negotiated.add(m);
            }
        }
        if (negotiated.contains(DtmfRelay.SIP_NOTIFY)) {
            return DtmfRelay.SIP_NOTIFY;
        }
        if (negotiated.contains(DtmfRelay.RTP_NTE) && negotiated.contains(DtmfRelay.SIP_KPML)) {
            negotiated.remove(DtmfRelay.SIP_KPML);
        }
        if (!negotiated.isEmpty()) {
            return negotiated.get(0);
        }
        return supports(relays, DtmfRelay.INBAND) ? DtmfRelay.INBAND : null;
    }

    /** The relay of {@code method} is present, not broken on this leg, and says the peer supports it. */
    boolean supports(DtmfRelays relays, String method) {
        DtmfRelay relay = relays.get(method);
        DtmfMessage p = peer;
        if (relay == null || p == null || broken.contains(relay)) {
            return false;
        }
        try {
            return relay.supportedBy(p);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DTMF relay " + method + " failed to read the peer's capabilities", e);
            broken.add(relay);
            return false;
        }
    }

    /** Attaches the relay of {@link #chosen} if it is not attached yet; false when the relay failed. */
    boolean attach(DtmfRelays relays) {
        DtmfRelay relay = chosen == null ? null : relays.get(chosen);
        if (relay == null || (relay == chosenRelay && session != null)) {
            return true;
        }
        detach();
        try {
            session = relay.attach(this);
            chosenRelay = relay;
            LOG.fine(() -> owner.call + ": DTMF relay " + chosen + " on leg " + side);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, owner.call + ": DTMF relay " + chosen + " failed to attach on leg " + side
                    + "; trying the next method", e);
            broken.add(relay);
            return false;
        }
    }

    /** Closes the chosen method's session (receivers stay). */
    void detach() {
        DtmfSession s = session;
        session = null;
        chosenRelay = null;
        CallDtmf.closeQuietly(s, owner.call);
    }

    /** The receive-only session of {@code relay} on this leg, attached on first use; null if it fails. */
    DtmfSession receiver(DtmfRelay relay) {
        DtmfSession s = receivers.get(relay);
        if (s == null && !broken.contains(relay)) {
            try {
                s = relay.attach(this);
                receivers.put(relay, s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, owner.call + ": DTMF relay " + relay.method() + " failed to attach", e);
                broken.add(relay);
            }
        }
        return s;
    }

    /** Closes receivers whose relay is no longer the provider of its method. */
    void dropStaleReceivers(DtmfRelays relays) {
        receivers.entrySet().removeIf(e -> {
            if (relays.get(e.getKey().method()) == e.getKey()) {
                return false;
            }
            CallDtmf.closeQuietly(e.getValue(), owner.call);
            return true;
        });
    }

    void close() {
        detach();
        for (DtmfSession s : receivers.values()) {
            CallDtmf.closeQuietly(s, owner.call);
        }
        receivers.clear();
        remoteSdp = null; // the ended call may stay reachable for a few seconds (see CallMedia.close)
        localSdp = null;
    }

    /** What {@code show sip-ua calls} prints: the IOS keyword, {@code inband-voice} without a relay. */
    String shown() {
        String c = chosen;
        return c == null || c.equals(DtmfRelay.INBAND) ? "inband-voice" : c;
    }

    // ---- DtmfLeg --------------------------------------------------------------------------------

    @Override
    public String callId() {
        return owner.call.id;
    }

    @Override
    public MediaLeg side() {
        return side;
    }

    @Override
    public int peerTag() {
        Leg leg = owner.sipLeg(side);
        return leg == null ? -1 : leg.peerTag;
    }

    @Override
    public DtmfMessage peerMessage() {
        return peer;
    }

    @Override
    public String remoteSdp() {
        return remoteSdp;
    }

    @Override
    public String localSdp() {
        return localSdp;
    }

    @Override
    public MediaSession media() {
        return owner.call.media.session();
    }

    @Override
    public void received(DtmfDigit digit) {
        owner.call.executor.execute(() -> owner.deliver(this, digit));
    }

    @Override
    public CompletionStage<DtmfResponse> send(DtmfRequest request) {
        CompletableFuture<DtmfResponse> result = new CompletableFuture<>();
        owner.call.executor.execute(() -> owner.requests.send(this, request, result));
        return result;
    }

    @Override
    public String toString() {
        return owner.call + " leg " + side;
    }
}
