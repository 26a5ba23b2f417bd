package org.voxgate.media.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.media.MediaException;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaListener;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaStats;
import org.voxgate.spi.media.MediaTap;

/**
 * The media of one call: one {@link Stream} per relayed {@code m=} line, each with a port pair per leg, all
 * served by one {@link RelayLoop}. Signalling (offer, answer, close) is serialized on the session; packets are
 * handled on the loop's thread.
 */
final class RelaySession implements MediaSession {
    private static final Logger LOG = Logger.getLogger(RelaySession.class.getName());
    static final int MAX_STREAMS = 8;
    static final int MAX_TAPS = 8;
    static final int MAX_INJECT = 1400;

    private final String callId;
    private final RtpRelay relay;
    private final RelayLoop loop;
    private final MediaListener listener;
    private final AtomicReferenceArray<String> localAddress = new AtomicReferenceArray<>(2);
    /** The address last written into SDP towards each leg. */
    private final AtomicReferenceArray<String> advertised = new AtomicReferenceArray<>(2);
    private final List<MediaTap> taps = new CopyOnWriteArrayList<>();
    private volatile Stream[] streams = new Stream[0];
    private volatile boolean closed;
    /** The leg whose offer awaits its answer, and what that leg had negotiated per stream before it. */
    private MediaLeg pendingFrom;
    private Sdp.Media[] pendingBefore;
    /** Start of the silent period last reported per leg (relay thread only). */
    private final long[] reportedSilence = {Long.MIN_VALUE, Long.MIN_VALUE};

    RelaySession(String callId, RtpRelay relay, RelayLoop loop, MediaListener listener) {
        this.callId = callId;
        this.relay = relay;
        this.loop = loop;
        this.listener = listener;
    }

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public void localAddress(MediaLeg leg, String address) {
        localAddress.set(leg.ordinal(), address == null || address.isBlank() ? null : address.strip());
    }

    @Override
    public String offer(MediaLeg from, String sdp) throws MediaException {
        return relay(from, sdp, true);
    }

    @Override
    public String answer(MediaLeg from, String sdp) throws MediaException {
        return relay(from, sdp, false);
    }

    @Override
    public synchronized void offerRejected(MediaLeg from) {
        if (closed || pendingFrom != from) {
            return;
        }
        long now = System.nanoTime();
        Stream[] current = streams;
        for (int i = 0; i < current.length; i++) {
            if (current[i] != null) {
                current[i].leg(from).restore(i < pendingBefore.length ? pendingBefore[i] : null, now);
            }
        }
        pendingFrom = null;
        pendingBefore = null;
    }

    /**
     * Offer and answer are alike for the relay: what {@code from}'s peer said about each stream is recorded (new
     * streams get their ports), and the SDP for the other leg carries the ports facing that leg.
     */
    private synchronized String relay(MediaLeg from, String text, boolean offer) throws MediaException {
        if (closed) {
            throw new MediaException(MediaException.Reason.CLOSED, "media session of call " + callId + " is closed");
        }
        Sdp sdp;
        try {
            sdp = Sdp.parse(text);
        } catch (IllegalArgumentException e) {
            throw new MediaException(MediaException.Reason.BAD_SDP, e.getMessage(), e);
        }
        List<Sdp.Media> media = sdp.media();
        if (media.size() > MAX_STREAMS) {
            throw new MediaException(MediaException.Reason.BAD_SDP,
                    media.size() + " m= lines; the relay takes at most " + MAX_STREAMS);
        }
        Stream[] next = Arrays.copyOf(streams, Math.max(streams.length, media.size()));
        List<Stream> created = new ArrayList<>();
        try {
            for (Sdp.Media m : media) {
                if (m.relayable() && next[m.index()] == null) {
                    next[m.index()] = relay.newStream(m.index(), taps);
                    created.add(next[m.index()]);
                }
            }
        } catch (MediaException e) {
            created.forEach(relay::release); // all or nothing: the session stays as it was
            throw e;
        }
        created.forEach(s -> loop.register(s));
        if (offer) {
            pendingFrom = from;
            pendingBefore = new Sdp.Media[next.length];
            for (int i = 0; i < next.length; i++) {
                pendingBefore[i] = next[i] == null ? null : next[i].leg(from).sdp();
            }
        } else {
            pendingFrom = null;
            pendingBefore = null;
        }
        long now = System.nanoTime();
        for (Sdp.Media m : media) {
            if (next[m.index()] != null) {
                next[m.index()].negotiated(from, m, now);
            }
        }
        streams = next;
        MediaLeg to = from.other();
        String address = addressTowards(to, media);
        advertised.set(to.ordinal(), address);
        return sdp.rewrite(address, i -> {
            Stream s = next[i];
            if (s == null || !media.get(i).relayable()) {
                return null;
            }
            PortPair p = s.leg(to).ports;
            return new int[] {p.port(), p.rtcpPort()};
        });
    }

    /** Our address as {@code to}'s peer should see it (see {@link MediaSession#localAddress}). */
    private String addressTowards(MediaLeg to, List<Sdp.Media> relayedSdp) {
        InetAddress bound = relay.settings().bind();
        if (bound != null) {
            return bound.getHostAddress();
        }
        String given = localAddress.get(to.ordinal());
        if (given != null) {
            return given;
        }
        for (Stream s : streams) {
            InetSocketAddress target = s == null ? null : s.leg(to).rtpTarget();
            if (target != null) {
                return LocalAddresses.towards(target.getAddress());
            }
        }
        for (Sdp.Media m : relayedSdp) {
            if (m.relayable() && !m.holdAddress()) {
                return LocalAddresses.towards(m.address());
            }
        }
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    @Override
    public List<MediaStats> stats(MediaLeg leg) {
        List<MediaStats> out = new ArrayList<>();
        for (Stream s : streams) {
            if (s != null) {
                out.add(s.stats(leg, advertised.get(leg.ordinal())));
            }
        }
        return out;
    }

    @Override
    public synchronized AutoCloseable attach(MediaTap tap) {
        if (closed) {
            return () -> { };
        }
        if (taps.size() >= MAX_TAPS) {
            throw new IllegalStateException("call " + callId + " has " + MAX_TAPS + " media taps already");
        }
        taps.add(tap);
        return () -> taps.remove(tap);
    }

    @Override
    public long timestamp(MediaLeg to) {
        Stream s = firstAudio();
        return s == null ? -1 : s.leg(to).towards.timestamp(System.nanoTime());
    }

    @Override
    public boolean inject(MediaLeg to, int payloadType, boolean marker, long timestamp, byte[] payload) {
        if (payloadType < 0 || payloadType > 127 || payload.length > MAX_INJECT) {
            throw new IllegalArgumentException("payload type 0-127 and at most " + MAX_INJECT + " octets");
        }
        Stream s = firstAudio();
        return !closed && s != null && s.inject(s.leg(to), payloadType, marker, timestamp, payload, payload.length);
    }

    @Override
    public boolean injectAudio(MediaLeg to, short[] samples, int count) {
        if (count < 0 || count > samples.length || count > MAX_INJECT) {
            throw new IllegalArgumentException("count 0-" + Math.min(samples.length, MAX_INJECT));
        }
        Stream s = firstAudio();
        if (closed || s == null) {
            return false;
        }
        StreamLeg leg = s.leg(to);
        int pt = s.g711PayloadType(leg);
        if (pt < 0) {
            return false;
        }
        byte[] payload = new byte[count];
        G711.encode(Codecs.g711(s.encoding(s.other(leg), pt)) == 1, samples, count, payload, 0);
        // held: generated audio is the whole stream, so its frames join end to end whatever the pacing jitter
        long ts = leg.held ? leg.towards.nextTimestamp(count) : leg.towards.audioTimestamp(count, System.nanoTime());
        return s.inject(leg, pt, false, ts, payload, count);
    }

    @Override
    public void holdRelay(MediaLeg to, boolean hold) {
        Stream s = firstAudio();
        if (closed || s == null) {
            return;
        }
        StreamLeg leg = s.leg(to);
        leg.held = hold;
        if (!hold) {
            leg.towards.rebase();
        }
    }

    /** The first plain-RTP audio stream; DTMF and generated audio go there. */
    private Stream firstAudio() {
        for (Stream s : streams) {
            if (s != null && s.rewritable && "audio".equals(s.type)) {
                return s;
            }
        }
        return null;
    }

    /** Relay thread: reports a leg whose peer should send RTP but has been silent for the timer. */
    void checkInactivity(long now, long timerNanos) {
        if (closed || listener == null || timerNanos <= 0) {
            return;
        }
        for (MediaLeg leg : MediaLeg.values()) {
            long since = Long.MIN_VALUE;
            for (Stream s : streams) {
                if (s != null) {
                    StreamLeg l = s.leg(leg);
                    if (s.expectsRtp(l)) {
                        long activity = Math.max(l.lastRtpNanos, Math.max(l.negotiatedAt, s.other(l).negotiatedAt));
                        since = Math.max(since, activity);
                    }
                }
            }
            if (since != Long.MIN_VALUE && now - since >= timerNanos && reportedSilence[leg.ordinal()] != since) {
                reportedSilence[leg.ordinal()] = since;
                long seconds = (now - since) / 1_000_000_000L;
                try {
                    listener.inactive(this, leg, seconds);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "media inactivity listener of call " + callId + " failed", e);
                }
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        Stream[] toRelease;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            taps.clear();
            toRelease = streams;
        }
        loop.unregister(this, Arrays.stream(toRelease).filter(s -> s != null).toList());
        relay.closed(this);
    }

    @Override
    public String toString() {
        return "media session of call " + callId;
    }
}
