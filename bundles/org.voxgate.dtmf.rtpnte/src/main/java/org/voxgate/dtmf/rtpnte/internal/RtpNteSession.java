package org.voxgate.dtmf.rtpnte.internal;

import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaTap;
import org.voxgate.spi.media.RtpFrame;

/**
 * rtp-nte on one leg: a media tap that takes the telephone-events the leg's peer sends out of the stream (they are
 * not relayed: the other leg gets the key by its own method, possibly with another PT) and reports each key once,
 * and a {@link NteSender} that plays keys towards the peer. Without anchored media (flow-around) the session only
 * logs: events then pass end to end untouched.
 */
final class RtpNteSession implements DtmfSession, MediaTap {
    private static final Logger LOG = Logger.getLogger(RtpNteSession.class.getName());
    /** How often a key still being received is checked for lost end packets. */
    static final long WATCHDOG_MS = 250;
    /**
     * A key whose packets stopped this long ago without an end packet is reported with the duration last heard:
     * senders update every 50 ms or so, so this is many lost packets, not jitter.
     */
    static final long LOST_END_NANOS = 1_000_000_000L;

    private final DtmfLeg leg;
    private final DigitTimer timer;
    private final LongSupplier nanoClock;
    private final NteReceiver receiver;
    private final NteSender sender;
    private final AutoCloseable tap;
    private volatile boolean closed;
    private DigitTimer.Task watchdog;

    RtpNteSession(DtmfLeg leg, DigitTimer timer, LongSupplier nanoClock) {
        this.leg = leg;
        this.timer = timer;
        this.nanoClock = nanoClock;
        this.receiver = new NteReceiver(this::received);
        this.sender = new NteSender(leg, timer);
        MediaSession media = leg.media();
        if (media == null) {
            LOG.info(() -> "call " + leg.callId() + " leg " + leg.side() + ": rtp-nte without anchored media; "
                    + "telephone-events pass end to end");
            tap = null;
        } else {
            tap = media.attach(this);
        }
    }

    @Override
    public boolean event(MediaLeg from, RtpFrame frame) {
        if (from != leg.side() || closed) {
            return true; // the other leg's events belong to that leg's session
        }
        receiver.frame(frame, nanoClock.getAsLong());
        armWatchdog();
        return false;
    }

    private void received(DtmfDigit digit) {
        LOG.fine(() -> "call " + leg.callId() + " leg " + leg.side() + ": rtp-nte key " + digit.key() + " "
                + digit.durationMs() + " ms");
        leg.received(digit);
    }

    private synchronized void armWatchdog() {
        if (watchdog == null && !closed && receiver.active()) {
            watchdog = timer.schedule(this::checkLostEnd, WATCHDOG_MS);
        }
    }

    private synchronized void checkLostEnd() {
        watchdog = null;
        if (!closed && receiver.expire(nanoClock.getAsLong(), LOST_END_NANOS)) {
            armWatchdog();
        }
    }

    @Override
    public void send(DtmfDigit digit) {
        sender.enqueue(digit);
    }

    @Override
    public String describe() {
        int pt = TelephoneEventSdp.payloadType(leg.remoteSdp());
        return pt < 0 ? "" : "pt " + pt;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (watchdog != null) {
                watchdog.cancel();
                watchdog = null;
            }
        }
        sender.close();
        if (tap != null) {
            try {
                tap.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "media tap of call " + leg.callId() + " not detached", e);
            }
        }
    }
}
