package org.voxgate.dtmf.rtpnte.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaStats;
import org.voxgate.spi.media.MediaTap;
import org.voxgate.spi.media.RtpFrame;

/** A media session without sockets: keeps the taps and records what is injected, with the virtual time it was. */
final class FakeMediaSession implements MediaSession {
    record Injected(long atMillis, MediaLeg to, int payloadType, boolean marker, long timestamp, byte[] payload) {}

    final List<MediaTap> taps = new CopyOnWriteArrayList<>();
    final List<Injected> injected = new CopyOnWriteArrayList<>();
    private final ManualTimer clock;
    volatile long timestamp = -1;

    FakeMediaSession(ManualTimer clock) {
        this.clock = clock;
    }

    /** A telephone-event packet from {@code from}'s peer passes the relay; true when it would be relayed. */
    boolean fromPeer(MediaLeg from, RtpFrame frame) {
        boolean keep = true;
        for (MediaTap t : taps) {
            keep &= t.event(from, frame);
        }
        return keep;
    }

    @Override
    public String callId() {
        return "call-1";
    }

    @Override
    public void localAddress(MediaLeg leg, String address) {
    }

    @Override
    public String offer(MediaLeg from, String sdp) {
        return sdp;
    }

    @Override
    public String answer(MediaLeg from, String sdp) {
        return sdp;
    }

    @Override
    public void offerRejected(MediaLeg from) {
    }

    @Override
    public List<MediaStats> stats(MediaLeg leg) {
        return List.of();
    }

    @Override
    public AutoCloseable attach(MediaTap tap) {
        taps.add(tap);
        return () -> taps.remove(tap);
    }

    @Override
    public long timestamp(MediaLeg to) {
        return timestamp;
    }

    @Override
    public boolean inject(MediaLeg to, int payloadType, boolean marker, long timestamp, byte[] payload) {
        injected.add(new Injected(clock.nowMillis(), to, payloadType, marker, timestamp, payload.clone()));
        return true;
    }

    @Override
    public boolean injectAudio(MediaLeg to, short[] samples, int count) {
        throw new UnsupportedOperationException("rtp-nte injects no audio");
    }

    @Override
    public void close() {
    }
}
