package org.voxgate.media.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaStats;

/**
 * One leg of one stream: our port pair facing that leg's peer, what the peer's SDP said, where its packets come
 * from (symmetric latching), the rewriter of what we send it, and counters. Negotiation fields are written by
 * signalling (under the session's lock), latching and counters by the relay thread; all are volatile or atomic.
 */
final class StreamLeg {
    final MediaLeg leg;
    final PortPair ports;
    /** Everything sent to this leg's peer goes through it. */
    final RtpRewriter towards = new RtpRewriter();
    /** Relaying towards this leg's peer is held: only injected packets go to it ({@code MediaSession.holdRelay}). */
    volatile boolean held;

    private volatile Sdp.Media sdp;
    private volatile InetSocketAddress sdpRtp;
    private volatile InetSocketAddress sdpRtcp;
    private volatile InetSocketAddress latchedRtp;
    private volatile InetSocketAddress latchedRtcp;
    /** System.nanoTime() of the last SDP for this leg: inactivity counts from here at the earliest. */
    volatile long negotiatedAt;
    volatile long lastRtpNanos;
    volatile long lastPacketTime;
    volatile int lastPayloadType = -1;
    volatile int lastPayloadBytes;
    final AtomicLong packetsIn = new AtomicLong();
    final AtomicLong bytesIn = new AtomicLong();
    final AtomicLong packetsOut = new AtomicLong();
    final AtomicLong bytesOut = new AtomicLong();
    final AtomicLong dropped = new AtomicLong();
    final AtomicLong injected = new AtomicLong();
    final AtomicLong rtcpIn = new AtomicLong();
    final AtomicLong rtcpOut = new AtomicLong();

    StreamLeg(MediaLeg leg, PortPair ports) {
        this.leg = leg;
        this.ports = ports;
    }

    /**
     * This leg's peer sent SDP for the stream. A changed address or port (re-INVITE to a new media server)
     * drops the latch: we send to the new SDP address until packets from it arrive.
     */
    void negotiated(Sdp.Media m, long nowNanos) {
        InetSocketAddress rtp = null;
        InetSocketAddress rtcp = null;
        if (m.relayable() && !m.holdAddress()) {
            try {
                InetAddress address = InetAddress.getByName(m.address());
                rtp = new InetSocketAddress(address, m.port());
                rtcp = new InetSocketAddress(address, m.rtcpPort() > 0 ? m.rtcpPort() : m.port() + 1);
            } catch (UnknownHostException e) {
                // an address we cannot resolve: nothing to send to until the peer's packets arrive
            }
        }
        if (sdpRtp != null && !Objects.equals(rtp, sdpRtp)) {
            latchedRtp = null;
            latchedRtcp = null;
        }
        sdpRtp = rtp;
        sdpRtcp = rtcp;
        sdp = m;
        negotiatedAt = nowNanos;
        String first = m.formats().isEmpty() ? null : Codecs.encoding(parse(m.formats().get(0)), m.rtpmap());
        towards.clockRate(Codecs.clockRate(first, "video".equals(m.type()) ? 90000 : 8000));
    }

    /** Back to an earlier negotiation after a rejected offer; null = as if the peer had sent no SDP yet. */
    void restore(Sdp.Media m, long nowNanos) {
        if (m != null) {
            negotiated(m, nowNanos);
            return;
        }
        sdp = null;
        sdpRtp = null;
        sdpRtcp = null;
        latchedRtp = null;
        latchedRtcp = null;
        negotiatedAt = nowNanos;
    }

    Sdp.Media sdp() {
        return sdp;
    }

    String direction() {
        Sdp.Media m = sdp;
        return m == null ? Sdp.SENDRECV : m.direction();
    }

    /** The peer sends in this stream (no SDP yet counts as yes: early packets are relayed). */
    boolean sends() {
        return Sdp.sends(direction());
    }

    /** The peer wants to receive and has said where. */
    boolean receives() {
        Sdp.Media m = sdp;
        return m != null && m.relayable() && !m.holdAddress() && Sdp.receives(m.direction());
    }

    InetSocketAddress rtpTarget() {
        InetSocketAddress l = latchedRtp;
        return l != null ? l : sdpRtp;
    }

    InetSocketAddress rtcpTarget() {
        Sdp.Media m = sdp;
        if (m != null && m.rtcpMux()) {
            return rtpTarget();
        }
        InetSocketAddress l = latchedRtcp;
        return l != null ? l : sdpRtcp;
    }

    /** Symmetric latching: the first packet's source is where this peer's packets go from now on. */
    void latchRtp(InetSocketAddress source) {
        if (latchedRtp == null) {
            latchedRtp = source;
        }
    }

    void latchRtcp(InetSocketAddress source) {
        if (latchedRtcp == null) {
            latchedRtcp = source;
        }
    }

    boolean latched() {
        return latchedRtp != null;
    }

    /** Payload type → encoding this peer declared. */
    Map<Integer, String> rtpmap() {
        Sdp.Media m = sdp;
        return m == null ? Map.of() : m.rtpmap();
    }

    int telephoneEvent() {
        Sdp.Media m = sdp;
        return m == null ? -1 : m.telephoneEvent();
    }

    MediaStats stats(int stream, String type, String localAddress) {
        MediaStats s = new MediaStats();
        s.stream = stream;
        s.mediaType = type;
        s.localAddress = localAddress;
        s.localPort = ports.port();
        InetSocketAddress target = rtpTarget();
        if (target != null) {
            s.remoteAddress = target.getAddress().getHostAddress();
            s.remotePort = target.getPort();
        }
        s.latched = latched();
        s.direction = direction();
        s.packetsIn = packetsIn.get();
        s.bytesIn = bytesIn.get();
        s.packetsOut = packetsOut.get();
        s.bytesOut = bytesOut.get();
        s.packetsDropped = dropped.get();
        s.packetsInjected = injected.get();
        s.rtcpIn = rtcpIn.get();
        s.rtcpOut = rtcpOut.get();
        s.lastPacketTime = lastPacketTime;
        s.payloadType = lastPayloadType;
        s.payloadBytes = lastPayloadBytes;
        s.telephoneEventPayloadType = telephoneEvent();
        return s;
    }

    static int parse(String format) {
        try {
            return Integer.parseInt(format);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
