package org.voxgate.spi.media;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sees a session's media as it passes the relay, for DTMF detection and suppression. Called on the relay's
 * thread for every packet: return quickly, never block, keep no reference to the arrays after returning.
 */
@ConsumerType
public interface MediaTap {
    /**
     * A telephone-event packet (RFC 4733; its payload type is the one an SDP of the call maps to
     * {@code telephone-event}) from {@code from}'s peer, before it is relayed.
     *
     * @return false to suppress it: it is not relayed, and the packets relayed after it are renumbered so the
     *         other leg sees no sequence gap
     */
    default boolean event(MediaLeg from, RtpFrame frame) {
        return true;
    }

    /**
     * The decoded audio of a PCMU/PCMA packet from {@code from}'s peer, before it is relayed: {@code count} 16-bit
     * linear samples at 8 kHz. A tap may overwrite them (tone generation towards the other leg).
     *
     * @param timestamp the packet's RTP timestamp as received
     * @return true when the tap changed {@code samples}: the relay encodes them again into the packet
     */
    default boolean audio(MediaLeg from, long timestamp, short[] samples, int count) {
        return false;
    }
}
