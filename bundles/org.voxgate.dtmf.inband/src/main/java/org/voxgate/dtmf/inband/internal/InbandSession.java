package org.voxgate.dtmf.inband.internal;

import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaTap;

/**
 * In-band DTMF on one leg. Receiving: the decoded G.711 audio from the leg's peer runs through a
 * {@link DtmfDetector}; the audio is relayed one packet late and muted around detected keys (see detectAndMute). Sending: keys are played as tones towards the peer in
 * 20 ms frames, paced by the bundle's timer:
 * <ul>
 * <li>while the other leg's audio flows towards this peer, the tones overwrite those packets in the media tap, so
 * the peer gets one stream with the tones in place of the other party's audio for the key and its gap;</li>
 * <li>when no such audio came for {@link #RELAYED_RECENTLY_NANOS} (the other leg silent, on hold, or not yet
 * connected), each timer tick sends a frame with {@link MediaSession#injectAudio} instead. Injecting while audio is
 * relayed would give the peer two packets per 20 ms in one stream.</li>
 * </ul>
 * Without anchored media the session only logs: tones then pass end to end in the audio.
 */
final class InbandSession implements DtmfSession, MediaTap {
    private static final Logger LOG = Logger.getLogger(InbandSession.class.getName());
    static final int FRAME_SAMPLES = 160;
    static final long FRAME_MS = 20;
    /**
     * A packet time and a half: relayed audio this recent is expected to go on and carry the tones. Longer would
     * lose tone when the other leg pauses its audio, as RFC 4733 senders do while a key is down and for its three
     * end packets (60 ms cut 40-60 ms off keys relayed from rtp-nte); shorter would inject beside relayed packets
     * that are merely a little late.
     */
    static final long RELAYED_RECENTLY_NANOS = 30_000_000L;
    /** Five packet times: how long keys wait for the other leg's audio to carry them before being injected. */
    static final long WAIT_FOR_AUDIO_NANOS = 100_000_000L;

    private final DtmfLeg leg;
    private final DigitTimer timer;
    private final LongSupplier nanoClock;
    private final MediaSession media;
    private final DtmfDetector detector;
    private final ToneTrack track;
    private final AutoCloseable tap;
    private volatile boolean closed;
    private volatile boolean relayedAny;
    private volatile long lastRelayedNanos;
    private DigitTimer.Task tick;

    /**
     * How the keys under way reach the peer, chosen once per run of keys so that the peer's stream never mixes the
     * two (mixing gives it timestamp jumps, heard as gaps that cut a tone in two): IDLE until relayed audio from the
     * other leg shows up (then OVERWRITE: the tones replace that audio) or {@link #WAIT_FOR_AUDIO_NANOS} passed
     * without any (then INJECT: packets of their own). RFC 4733 senders pause their audio while a key is down and
     * for its end packets, so the audio usually resumes a few packet times after a key relayed from rtp-nte.
     */
    private enum Mode { IDLE, OVERWRITE, INJECT }

    private Mode mode = Mode.IDLE;
    private long queuedNanos;
    /** The previous packet of the leg's audio, relayed one packet late (see detectAndMute); relay thread only. */
    private short[] held = new short[0];
    private boolean heldTone;

    InbandSession(DtmfLeg leg, DigitTimer timer, LongSupplier nanoClock, DetectorSettings detection,
            GeneratorSettings generation) {
        this.leg = leg;
        this.timer = timer;
        this.nanoClock = nanoClock;
        this.detector = new DtmfDetector(detection, this::received);
        this.track = new ToneTrack(generation);
        this.media = leg.media();
        if (media == null) {
            LOG.info(() -> "call " + leg.callId() + " leg " + leg.side() + ": in-band DTMF without anchored media; "
                    + "tones pass end to end");
            tap = null;
        } else {
            tap = media.attach(this);
        }
    }

    @Override
    public boolean audio(MediaLeg from, long timestamp, short[] samples, int count) {
        if (closed) {
            return false;
        }
        if (from == leg.side()) {
            return detectAndMute(samples, count);
        }
        // the other leg's audio on its way to this leg's peer: the tones take its place while keys play
        lastRelayedNanos = nanoClock.getAsLong();
        relayedAny = true;
        synchronized (this) {
            if (mode == Mode.IDLE && track.active()) {
                mode = Mode.OVERWRITE;
            }
            return mode == Mode.OVERWRITE && track.fill(samples, count);
        }
    }

    /**
     * The leg's audio is held back one packet (20 ms) so that a key can be muted from its first sample: a key is
     * seen only once a 12.75 ms block of it is complete, which may be in the packet after its start. Muting what is
     * detected, and the packet before it, leaves none of the key for a detector on the other leg (the key goes out
     * of band there). Only legs whose other leg is out of band have an in-band session, so only they pay the delay.
     */
    private boolean detectAndMute(short[] samples, int count) {
        boolean tone = detector.feed(samples, count);
        if (held.length != count) {
            held = new short[count];
        }
        short[] current = java.util.Arrays.copyOf(samples, count);
        if (tone || heldTone) {
            java.util.Arrays.fill(samples, 0, count, (short) 0);
        } else {
            System.arraycopy(held, 0, samples, 0, count);
        }
        held = current;
        heldTone = tone;
        return true;
    }

    private void received(DtmfDigit digit) {
        LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": in-band key " + digit.key() + " "
                + digit.durationMs() + " ms");
        leg.received(digit);
    }

    @Override
    public void send(DtmfDigit digit) {
        if (media == null) {
            LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": key " + digit.key()
                    + " not played: media not anchored");
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            if (!track.active()) {
                mode = Mode.IDLE;
                queuedNanos = nanoClock.getAsLong();
            }
            track.add(digit);
            if (tick == null) {
                tick = timer.schedule(this::tick, 0);
            }
        }
    }

    /** Every 20 ms while keys play: sends a frame unless relayed audio carries them. */
    private synchronized void tick() {
        tick = null;
        if (closed || !track.active()) {
            return;
        }
        long now = nanoClock.getAsLong();
        boolean flowing = relayedAny && now - lastRelayedNanos < RELAYED_RECENTLY_NANOS;
        if (mode == Mode.IDLE && flowing) {
            mode = Mode.OVERWRITE;
        } else if (mode == Mode.IDLE && now - queuedNanos >= WAIT_FOR_AUDIO_NANOS
                || mode == Mode.OVERWRITE && now - lastRelayedNanos >= WAIT_FOR_AUDIO_NANOS) {
            mode = Mode.INJECT; // the other leg sends nothing (or stopped): the tones go in packets of their own
        }
        if (mode == Mode.INJECT) {
            short[] frame = new short[FRAME_SAMPLES];
            track.fill(frame, FRAME_SAMPLES);
            if (!media.injectAudio(leg.side(), frame, FRAME_SAMPLES)) {
                LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": tone frame not sent (no G.711 "
                        + "stream flowing)");
            }
        }
        tick = timer.schedule(this::tick, FRAME_MS);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (tick != null) {
                tick.cancel();
                tick = null;
            }
        }
        track.clear();
        if (tap != null) {
            try {
                tap.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "media tap of call " + leg.callId() + " not detached", e);
            }
        }
    }
}
