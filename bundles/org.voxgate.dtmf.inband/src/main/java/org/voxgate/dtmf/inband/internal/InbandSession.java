package org.voxgate.dtmf.inband.internal;

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
 * {@link DtmfDetector}; the audio is relayed one packet late and muted around detected keys (see detectAndMute).
 * Sending: while keys play, the relay towards this leg's peer is held ({@link MediaSession#holdRelay}) and the tones
 * go in 20 ms frames of their own ({@link MediaSession#injectAudio}), paced by the bundle's timer, so the peer gets
 * one continuous stream: neither the other party's audio interleaved with the tones nor gaps where that audio paused
 * (RFC 4733 senders pause their audio while a key is down). The relay resumes after the last key's gap.
 * Without anchored media the session only logs: tones then pass end to end in the audio.
 */
final class InbandSession implements DtmfSession, MediaTap {
    private static final Logger LOG = Logger.getLogger(InbandSession.class.getName());
    static final int FRAME_SAMPLES = 160;
    static final long FRAME_MS = 20;

    private final DtmfLeg leg;
    private final DigitTimer timer;
    private final MediaSession media;
    private final DtmfDetector detector;
    private final ToneTrack track;
    private final AutoCloseable tap;
    private volatile boolean closed;
    private DigitTimer.Task tick;

    /** The relay towards this leg's peer is held while keys play (the tones are the only audio it gets). */
    private boolean holding;

    private void release() {
        if (holding) {
            holding = false;
            media.holdRelay(leg.side(), false);
        }
    }
    /** The previous packet of the leg's audio, relayed one packet late (see detectAndMute); relay thread only. */
    private short[] held = new short[0];
    private boolean heldTone;

    InbandSession(DtmfLeg leg, DigitTimer timer, DetectorSettings detection,
            GeneratorSettings generation) {
        this.leg = leg;
        this.timer = timer;
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
        return false; // the other leg's audio: held back by the relay while keys play (see tick)
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
            if (!holding) {
                media.holdRelay(leg.side(), true);
                holding = true;
            }
            track.add(digit);
            if (tick == null) {
                tick = timer.schedule(this::tick, 0);
            }
        }
    }

    /** Every 20 ms while keys play: the next frame of tones (or of the gap after a key); then the relay resumes. */
    private synchronized void tick() {
        tick = null;
        if (closed) {
            return;
        }
        if (!track.active()) {
            release();
            return;
        }
        short[] frame = new short[FRAME_SAMPLES];
        track.fill(frame, FRAME_SAMPLES);
        if (!media.injectAudio(leg.side(), frame, FRAME_SAMPLES)) {
            LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": tone frame not sent (no G.711 "
                    + "stream flowing)");
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
            if (media != null) {
                release();
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
