package org.voxgate.dtmf.inband.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaStats;
import org.voxgate.spi.media.MediaTap;

/**
 * A media session without sockets: keeps the taps, passes audio frames through them as the relay would, and
 * records what is injected with the virtual time it was.
 */
final class FakeMediaSession implements MediaSession {
    record InjectedAudio(long atMillis, MediaLeg to, short[] samples) {}

    final List<MediaTap> taps = new CopyOnWriteArrayList<>();
    final List<InjectedAudio> injected = new CopyOnWriteArrayList<>();
    /** holdRelay calls in order: "A+" held towards A, "A-" resumed. */
    final List<String> holds = new CopyOnWriteArrayList<>();
    private final ManualTimer clock;

    FakeMediaSession(ManualTimer clock) {
        this.clock = clock;
    }

    /** A decoded G.711 frame from {@code from}'s peer passes the taps; true when one changed it (in place). */
    boolean audioFrom(MediaLeg from, short[] samples) {
        boolean changed = false;
        for (MediaTap t : taps) {
            changed |= t.audio(from, 0, samples, samples.length);
        }
        return changed;
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
        return -1;
    }

    @Override
    public boolean inject(MediaLeg to, int payloadType, boolean marker, long timestamp, byte[] payload) {
        throw new UnsupportedOperationException("in-band DTMF injects no events");
    }

    @Override
    public boolean injectAudio(MediaLeg to, short[] samples, int count) {
        short[] copy = new short[count];
        System.arraycopy(samples, 0, copy, 0, count);
        injected.add(new InjectedAudio(clock.nowMillis(), to, copy));
        return true;
    }

    @Override
    public void close() {
    }

    @Override
    public void holdRelay(MediaLeg to, boolean hold) {
        holds.add(to + (hold ? "+" : "-"));
    }
}
