package org.voxgate.media.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaStats;
import org.voxgate.spi.media.MediaTap;
import org.voxgate.spi.media.RtpFrame;

/**
 * One {@code m=} line of a call, relayed between leg A's port pair and leg B's. Packets arrive on the relay
 * thread: RTP is counted, latched, offered to the taps, gated by the negotiated directions, renumbered by the
 * rewriter of the other leg and sent from the other leg's port; RTCP is translated and relayed whatever the
 * direction. Streams that are not plain RTP (SRTP, UDPTL/T.38) are relayed as they are.
 */
final class Stream {
    private static final Logger LOG = Logger.getLogger(Stream.class.getName());
    final int index;
    final StreamLeg a;
    final StreamLeg b;
    private final List<MediaTap> taps;
    volatile String type = "audio";
    /** Plain RTP/AVP(F): headers may be rewritten and the taps see it. */
    volatile boolean rewritable = true;

    Stream(int index, PortPair aPorts, PortPair bPorts, List<MediaTap> taps) {
        this.index = index;
        this.a = new StreamLeg(MediaLeg.A, aPorts);
        this.b = new StreamLeg(MediaLeg.B, bPorts);
        this.taps = taps;
    }

    StreamLeg leg(MediaLeg leg) {
        return leg == MediaLeg.A ? a : b;
    }

    StreamLeg other(StreamLeg leg) {
        return leg == a ? b : a;
    }

    void negotiated(MediaLeg from, Sdp.Media m, long nowNanos) {
        type = m.type();
        rewritable = m.rewritable();
        leg(from).negotiated(m, nowNanos);
    }

    /** Packets from {@code from}'s peer may reach {@code to}'s peer now (hold pauses them). */
    static boolean flowing(StreamLeg from, StreamLeg to) {
        return from.sends() && to.receives() && to.rtpTarget() != null;
    }

    /** Encoding of a payload type sent by {@code from}: as the receiving peer declared it, else the sender. */
    String encoding(StreamLeg from, int payloadType) {
        String e = Codecs.encoding(payloadType, other(from).rtpmap());
        return e != null ? e : Codecs.encoding(payloadType, from.rtpmap());
    }

    boolean telephoneEvent(StreamLeg from, int payloadType) {
        return payloadType == other(from).telephoneEvent() || payloadType == from.telephoneEvent();
    }

    /** A datagram arrived on {@code from}'s port pair (relay thread). */
    void received(StreamLeg from, boolean rtcpSocket, byte[] d, int len, InetSocketAddress source, long now,
            short[] samples) {
        StreamLeg to = other(from);
        boolean rtp = !rtcpSocket && !(rewritable && Rtp.isRtcp(d, len));
        if (!rtp) {
            if (rtcpSocket) {
                from.latchRtcp(source);
            } else {
                from.latchRtp(source);
            }
            from.rtcpIn.incrementAndGet();
            if (rewritable && Rtp.version2(d, len)) {
                Rtcp.translate(d, len, to.towards, from.towards);
            }
            InetSocketAddress target = rtcpSocket ? to.rtcpTarget() : to.rtpTarget();
            if (target != null && send(rtcpSocket ? to.ports.rtcp() : to.ports.rtp(), d, len, target)) {
                to.rtcpOut.incrementAndGet();
            }
            return;
        }
        int offset = rewritable ? Rtp.payloadOffset(d, len) : 0;
        if (offset < 0) {
            from.dropped.incrementAndGet(); // not RTP (e.g. a stray STUN probe): neither relayed nor latched
            return;
        }
        from.latchRtp(source);
        int payloadLength = (rewritable ? Rtp.payloadEnd(d, len) : len) - offset;
        from.packetsIn.incrementAndGet();
        from.bytesIn.addAndGet(payloadLength);
        from.lastRtpNanos = now;
        from.lastPacketTime = System.currentTimeMillis();
        if (rewritable) {
            from.lastPayloadType = Rtp.payloadType(d);
            from.lastPayloadBytes = payloadLength;
        }
        if (!flowing(from, to)) {
            from.dropped.incrementAndGet();
            return;
        }
        if (rewritable && !taps.isEmpty() && !tapped(from, d, offset, payloadLength, samples)) {
            to.towards.suppress(d, payloadLength, now);
            from.dropped.incrementAndGet();
            return;
        }
        if (rewritable && to.held) { // generated audio owns the stream towards that peer for now
            to.towards.suppress(d, payloadLength, now);
            from.dropped.incrementAndGet();
            return;
        }
        if (rewritable) {
            to.towards.relay(d, now);
        }
        if (send(to.ports.rtp(), d, len, to.rtpTarget())) {
            to.packetsOut.incrementAndGet();
            to.bytesOut.addAndGet(payloadLength);
        }
    }

    /** Offers the packet to the taps; false when one suppressed it. May re-encode changed audio in place. */
    private boolean tapped(StreamLeg from, byte[] d, int offset, int length, short[] samples) {
        int pt = Rtp.payloadType(d);
        if (telephoneEvent(from, pt)) {
            byte[] payload = java.util.Arrays.copyOfRange(d, offset, offset + length);
            RtpFrame frame = new RtpFrame(pt, Rtp.marker(d), Rtp.sequence(d), Rtp.timestamp(d), Rtp.ssrc(d), payload);
            boolean keep = true;
            for (MediaTap tap : taps) {
                try {
                    keep &= tap.event(from.leg, frame);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "media tap " + tap.getClass().getName() + " failed on an event", e);
                }
            }
            return keep;
        }
        int g711 = Codecs.g711(encoding(from, pt));
        if (g711 < 0 || length > samples.length) {
            return true;
        }
        G711.decode(g711 == 1, d, offset, length, samples);
        boolean changed = false;
        for (MediaTap tap : taps) {
            try {
                changed |= tap.audio(from.leg, Rtp.timestamp(d), samples, length);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "media tap " + tap.getClass().getName() + " failed on audio", e);
            }
        }
        if (changed) {
            G711.encode(g711 == 1, samples, length, d, offset);
        }
        return true;
    }

    /**
     * Sends an injected packet towards {@code to} (any thread): header from its rewriter, then the payload.
     *
     * @return false when nothing may flow towards {@code to} now
     */
    boolean inject(StreamLeg to, int payloadType, boolean marker, long timestamp, byte[] payload, int length) {
        if (!flowing(other(to), to)) {
            return false;
        }
        byte[] d = new byte[Rtp.HEADER + length];
        System.arraycopy(payload, 0, d, Rtp.HEADER, length);
        to.towards.inject(d, marker, payloadType, timestamp, length, System.nanoTime());
        if (!send(to.ports.rtp(), d, d.length, to.rtpTarget())) {
            return false;
        }
        to.injected.incrementAndGet();
        to.packetsOut.incrementAndGet();
        to.bytesOut.addAndGet(length);
        return true;
    }

    /** The G.711 payload type to send generated audio to {@code to} with: the one flowing, else its SDP's first. */
    int g711PayloadType(StreamLeg to) {
        StreamLeg from = other(to);
        int last = from.lastPayloadType;
        if (last >= 0 && Codecs.g711(encoding(from, last)) >= 0) {
            return last;
        }
        Sdp.Media m = to.sdp();
        if (m != null) {
            for (String f : m.formats()) {
                int pt = StreamLeg.parse(f);
                if (pt >= 0 && Codecs.g711(Codecs.encoding(pt, m.rtpmap())) >= 0) {
                    return pt;
                }
            }
        }
        return -1;
    }

    MediaStats stats(MediaLeg leg, String localAddress) {
        StreamLeg l = leg(leg);
        MediaStats s = l.stats(index, type, localAddress);
        if (s.payloadType >= 0) {
            s.codec = Codecs.iosName(encoding(l, s.payloadType));
        }
        return s;
    }

    /** RTP expected from {@code leg}'s peer now: plain RTP whose negotiated direction says it sends. */
    boolean expectsRtp(StreamLeg leg) {
        Sdp.Media m = leg.sdp();
        return rewritable && m != null && m.relayable() && other(leg).sdp() != null && flowing(leg, other(leg));
    }

    private static boolean send(DatagramChannel channel, byte[] d, int len, InetSocketAddress target) {
        if (target == null) {
            return false;
        }
        try {
            return channel.send(ByteBuffer.wrap(d, 0, len), target) > 0; // 0: socket buffer full, packet dropped
        } catch (IOException e) {
            LOG.log(Level.FINE, () -> "RTP to " + target + " not sent: " + e.getMessage());
            return false;
        }
    }
}
