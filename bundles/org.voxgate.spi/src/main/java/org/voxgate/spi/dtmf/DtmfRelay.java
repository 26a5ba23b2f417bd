package org.voxgate.spi.dtmf;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One DTMF relay method, registered as a service with {@link #METHOD} = its IOS {@code dtmf-relay} keyword. The call
 * core offers every method a leg's dial peer lists, chooses one per leg once the peer has answered (semantics §1.4:
 * configuration order, NOTIFY over the others, NTE over KPML, in-band when nothing is negotiated), and attaches it.
 * When the service goes away the core closes its sessions and attaches the next method in the list; when it comes
 * back, the core hands the legs back to it. Implementations keep no call state outside their sessions.
 */
@ConsumerType
public interface DtmfRelay {
    /** Service property: the method's keyword. */
    String METHOD = "voxgate.dtmf.method";

    String RTP_NTE = "rtp-nte";
    String SIP_INFO = "sip-info";
    String SIP_NOTIFY = "sip-notify";
    String SIP_KPML = "sip-kpml";
    /** Tones in the audio: the default when nothing else is negotiated. Never listed under {@code dtmf-relay}. */
    String INBAND = "inband";

    /** The method's keyword, the same as the {@link #METHOD} property. */
    String method();

    /**
     * Adds what advertises this method to a message we send on a leg whose dial peer lists it: the INVITE (every
     * listed method advertises), or the 18x/200 answering the peer's INVITE (only the chosen method and methods the
     * peer offered). The SDP, if any, is already rewritten by the media relay.
     *
     * @param peerOffer the peer's INVITE when {@code outgoing} answers it; null when {@code outgoing} is our INVITE
     */
    default void advertise(DtmfMessage outgoing, DtmfMessage peerOffer) {
    }

    /**
     * Removes this method's advertisement from a message we send on a leg whose dial peer does not list it (an SDP or
     * header copied from the other leg would otherwise offer it).
     */
    default void withdraw(DtmfMessage outgoing) {
    }

    /** Whether the peer's INVITE (leg A) or answer (leg B) says it supports this method. */
    boolean supportedBy(DtmfMessage peerMessage);

    /**
     * True when requests of this method are taken on every leg, negotiated or not (IOS always accepts SIP INFO).
     * The core then attaches a session for receiving on legs where another method was chosen.
     */
    default boolean acceptsUnnegotiated() {
        return false;
    }

    /** Starts this method on a leg. Never null; throws only on a bug (the core logs it and moves to the next method). */
    DtmfSession attach(DtmfLeg leg);
}
