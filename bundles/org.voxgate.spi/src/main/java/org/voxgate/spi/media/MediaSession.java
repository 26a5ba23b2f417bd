package org.voxgate.spi.media;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The media of one call: for every {@code m=} line of the call's SDP, an RTP/RTCP port pair on each leg, and the
 * relaying between them with symmetric latching. Offer/answer (RFC 3264) in either direction, initial or re-offer
 * (re-INVITE, UPDATE, late offer in a 200 and its answer in the ACK): pass each SDP through {@link #offer} or
 * {@link #answer} and send what comes back. Thread-safe; the calls of one session are expected in signalling order.
 */
@ProviderType
public interface MediaSession extends AutoCloseable {
    String callId();

    /**
     * Our address as {@code leg}'s peer sees it (the address the core puts in Via/Contact towards that peer). It
     * goes into the {@code c=} and {@code o=} lines of SDP sent to that leg when the relay binds the wildcard
     * address ({@code media.address} not set). Set it before the first SDP towards that leg, and again when the
     * leg changes (hunting to another peer). Without it the relay uses the address its host would use towards the
     * leg's media address, or the signalling-neutral host address.
     */
    void localAddress(MediaLeg leg, String address);

    /**
     * An SDP offer from {@code from}'s peer; returns the offer to send to the other leg: same media, codecs and
     * attributes, with our address in {@code c=}/{@code o=} and our ports in {@code m=} and {@code a=rtcp}.
     * {@code m=} lines with port 0 stay 0. A direction attribute ({@code a=sendonly}, {@code recvonly},
     * {@code inactive}, or {@code c=0.0.0.0}) is relayed as is and pauses forwarding the way it says.
     *
     * @throws MediaException {@link MediaException.Reason#BAD_SDP}, {@link MediaException.Reason#NO_PORTS}
     *                        (the session keeps its earlier state), or {@link MediaException.Reason#CLOSED}
     */
    String offer(MediaLeg from, String sdp) throws MediaException;

    /** An SDP answer from {@code from}'s peer to the last offer; returns the answer for the other leg. */
    String answer(MediaLeg from, String sdp) throws MediaException;

    /**
     * The last offer from {@code from}'s peer was rejected (a non-2xx final response to its re-INVITE or UPDATE,
     * e.g. 488 or 491): the relay goes back to what that peer had negotiated before (RFC 3264 §8: the old
     * session stays). Ignored when the last SDP through the session was not an offer from {@code from}.
     */
    void offerRejected(MediaLeg from);

    /** Counters of each relayed stream (one per {@code m=} line that has ports) on {@code leg}, in m= order. */
    List<MediaStats> stats(MediaLeg leg);

    /**
     * Attaches a tap (at most a few per session). It sees packets from both legs until {@link AutoCloseable#close()}
     * of the returned handle, or until the session closes.
     */
    AutoCloseable attach(MediaTap tap);

    /**
     * The RTP timestamp that a packet sent now towards {@code to} would carry (the first audio stream), in that
     * stream's clock units; -1 when nothing was sent yet and no packet arrived. RFC 4733 events start here.
     */
    long timestamp(MediaLeg to);

    /**
     * Sends one RTP packet to {@code to}'s peer in the first audio stream, with that stream's SSRC and the next
     * sequence number; later relayed packets are renumbered so the sequence stays gapless.
     *
     * @param timestamp RTP timestamp in the stream's timeline (see {@link #timestamp(MediaLeg)}); negative = now
     * @return false when the stream has no destination yet, is paused by its direction, or the session is closed
     */
    boolean inject(MediaLeg to, int payloadType, boolean marker, long timestamp, byte[] payload);

    /**
     * Sends 16-bit linear 8 kHz audio to {@code to}'s peer as one G.711 packet of the stream's current PCMU/PCMA
     * payload type (typically 160 samples = 20 ms), timestamped after the last packet sent.
     *
     * @return false as for {@link #inject}, or when the stream does not carry G.711
     */
    boolean injectAudio(MediaLeg to, short[] samples, int count);

    /**
     * Holds ({@code true}) or resumes relaying towards {@code to}'s peer in the first audio stream. While held, the
     * other leg's packets are not sent to that peer (taps still see them) and only {@link #inject injected} packets
     * reach it, so generated audio (in-band DTMF tones) is never interleaved with relayed audio in one stream; audio
     * injected while held is timestamped end to end (each frame right after the one before), whatever the pacing. On
     * resume, relayed packets continue the stream after the last injected one (timestamps and sequence numbers).
     * Implementations that cannot hold ignore it.
     */
    default void holdRelay(MediaLeg to, boolean hold) {
    }

    /** Stops relaying and releases every port of the session; idempotent. */
    @Override
    void close();
}
