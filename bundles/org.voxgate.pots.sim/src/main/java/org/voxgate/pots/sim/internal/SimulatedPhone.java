package org.voxgate.pots.sim.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortBusyException;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;
import org.voxgate.spi.port.PortCallOrigination;
import org.voxgate.spi.port.PortState;

/**
 * A simulated analog phone on an FXS line. Incoming: IDLE → RINGING (alerting at once) → CONNECTED after
 * {@code auto.answer.ms} (SDP answer, then a test tone over RTP) → IDLE when the network releases. Outgoing
 * ({@link #dial}): IDLE → DIALING → CONNECTED on the network's answer → IDLE. Listeners are called outside the
 * phone's lock, from the caller's thread or the shared scheduler, never while holding it.
 */
public final class SimulatedPhone implements Port {
    private static final Logger LOG = Logger.getLogger(SimulatedPhone.class.getName());
    /** Q.850 causes used. */
    static final int NORMAL_CLEARING = 16;
    static final int CALL_REJECTED = 21;
    static final int DESTINATION_OUT_OF_ORDER = 27;
    static final int RESOURCE_UNAVAILABLE = 47;
    static final int INCOMPATIBLE_DESTINATION = 88;

    private final String id;
    private final int line;
    private final Supplier<LineSettings> settings;
    private final Supplier<PortCallOrigination> origination;
    private final ScheduledExecutorService scheduler;

    private PortState state = PortState.IDLE; // guarded by this
    private LineCall call;                    // guarded by this; the current call, null when idle

    /**
     * @param id          IOS name, e.g. "0/0/1"
     * @param line        0-based line number; the RTP port is {@link LineSettings#rtpPort(int)}
     * @param origination the call core's service, or null when absent (read at each dial)
     * @param scheduler   runs answer timers, listener notifications and RTP ticks
     */
    SimulatedPhone(String id, int line, Supplier<LineSettings> settings, Supplier<PortCallOrigination> origination,
            ScheduledExecutorService scheduler) {
        this.id = Objects.requireNonNull(id);
        this.line = line;
        this.settings = settings;
        this.origination = origination;
        this.scheduler = scheduler;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String signalling() {
        return "FXS";
    }

    @Override
    public synchronized PortState state() {
        return state;
    }

    int line() {
        return line;
    }

    synchronized PortStatus status() {
        LineCall c = call;
        return new PortStatus(id, signalling(), state, c == null ? null : c.callingNumber,
                c == null ? null : c.calledNumber, settings.get().rtpPort(line),
                c == null ? MediaCounters.NONE : c.counters());
    }

    // ---- calls from the network -------------------------------------------------------------------------

    /**
     * Rings the phone. An offer without a usable G.711 stream (PCMU or PCMA over RTP/AVP) is refused with cause
     * 88 (incompatible destination) before ringing; the phone stays idle.
     */
    @Override
    public PortCall ring(String callingNumber, String calledNumber, String sdpOffer, PortCallListener listener)
            throws PortBusyException {
        Objects.requireNonNull(listener, "listener");
        Sdp.Selection offer = sdpOffer == null ? null : Sdp.selectG711(sdpOffer).orElse(null);
        boolean refused = sdpOffer != null && offer == null;
        LineCall c = new LineCall(this, true, callingNumber, calledNumber, listener, offer);
        synchronized (this) {
            if (state != PortState.IDLE) {
                throw new PortBusyException("port " + id + " is " + state.name().toLowerCase(Locale.ROOT));
            }
            if (!refused) {
                state = PortState.RINGING;
                call = c;
            }
        }
        if (refused) {
            LOG.info(() -> "port " + id + ": offer has no G.711 audio, refused with cause 88");
            post(() -> listener.released(INCOMPATIBLE_DESTINATION));
        } else {
            post(() -> alert(c));
        }
        return c;
    }

    private void alert(LineCall c) {
        synchronized (this) {
            if (call != c) {
                return;
            }
        }
        c.listener.alerting();
        int delay = settings.get().autoAnswerMs();
        if (delay >= 0) {
            synchronized (this) {
                if (call == c) {
                    c.answerTimer = scheduler.schedule(() -> answer(c), delay, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** Goes off hook on a ringing line (what the auto-answer timer does; for {@code auto.answer.ms} -1). */
    public void answer() {
        LineCall c;
        synchronized (this) {
            if (state != PortState.RINGING) {
                throw new IllegalStateException("port " + id + " is not ringing (" + state + ")");
            }
            c = call;
        }
        answer(c);
    }

    private void answer(LineCall c) {
        String sdp = null;
        synchronized (this) {
            if (call != c || state != PortState.RINGING) {
                return;
            }
            LineSettings s = settings.get();
            try {
                c.media = RtpSession.open(s.rtpAddress(), s.rtpPort(line), scheduler);
            } catch (IOException e) {
                LOG.warning("port " + id + ": cannot open RTP " + s.rtpAddress() + ":" + s.rtpPort(line)
                        + " (" + e.getMessage() + "); call released with cause 47");
                finish(c);
            }
            if (c.media != null) {
                int port = c.media.localAddress().getPort();
                if (c.offer != null) {
                    sdp = Sdp.answer(c.offer, s.rtpAddress(), port, c.sdpSessionId);
                    c.media.sendTo(c.offer.remote(), c.offer.codec(), c.offer.payloadType(), s.toneHz());
                } else {
                    sdp = Sdp.offer(s.rtpAddress(), port, c.sdpSessionId); // late offer: answer with an offer
                }
                state = PortState.CONNECTED;
            }
        }
        if (sdp == null) {
            c.listener.released(RESOURCE_UNAVAILABLE);
        } else {
            c.listener.answered(sdp);
        }
    }

    void releasedByNetwork(LineCall c, int cause) {
        synchronized (this) {
            if (call == c) {
                LOG.fine(() -> "port " + id + ": released by the network, cause " + cause);
                finish(c);
            }
        }
    }

    void remoteAnswered(LineCall c, String sdpAnswer) {
        Sdp.Selection answer = sdpAnswer == null ? null : Sdp.selectG711(sdpAnswer).orElse(null);
        synchronized (this) {
            if (call != c || state != PortState.CONNECTED || c.media == null) {
                return;
            }
            if (answer != null) {
                c.media.sendTo(answer.remote(), answer.codec(), answer.payloadType(), settings.get().toneHz());
                return;
            }
            finish(c);
        }
        c.listener.released(INCOMPATIBLE_DESTINATION);
    }

    // ---- calls from the phone ---------------------------------------------------------------------------

    /**
     * Goes off hook and dials {@code digits} en bloc through the call core, offering PCMU and PCMA on the line's
     * RTP port. Returns once the call core has the call; progress moves the line to CONNECTED or back to IDLE.
     *
     * @throws IllegalArgumentException when the digits are not 0-9, *, #
     * @throws IllegalStateException    when the line is not idle, there is no call control, or RTP cannot start
     */
    public void dial(String digits) {
        if (digits == null || !digits.matches("[0-9*#]{1,32}")) {
            throw new IllegalArgumentException("dial: digits must be 1 to 32 of 0-9, *, #, was " + digits);
        }
        PortCallOrigination calls = origination.get();
        if (calls == null) {
            throw new IllegalStateException("port " + id + " cannot dial: no call control service "
                    + "(PortCallOrigination) is available; is the call core installed and started?");
        }
        LineCall c = new LineCall(this, false, null, digits, null, null);
        String offer;
        synchronized (this) {
            if (state != PortState.IDLE) {
                throw new IllegalStateException("port " + id + " is " + state.name().toLowerCase(Locale.ROOT)
                        + ", not idle");
            }
            LineSettings s = settings.get();
            try {
                c.media = RtpSession.open(s.rtpAddress(), s.rtpPort(line), scheduler);
            } catch (IOException e) {
                throw new IllegalStateException("port " + id + " cannot dial: RTP port " + s.rtpAddress() + ":"
                        + s.rtpPort(line) + " not available: " + e.getMessage(), e);
            }
            offer = Sdp.offer(s.rtpAddress(), c.media.localAddress().getPort(), c.sdpSessionId);
            state = PortState.DIALING;
            call = c;
        }
        PortCall network;
        try {
            network = calls.originate(id, null, digits, offer, new Progress(c));
            if (network == null) {
                throw new IllegalStateException("call control returned no call");
            }
        } catch (RuntimeException e) {
            synchronized (this) {
                if (call == c) {
                    finish(c);
                }
            }
            throw new IllegalStateException("port " + id + ": dial " + digits + " failed: " + e.getMessage(), e);
        }
        int cause;
        synchronized (this) {
            c.network = network;
            cause = c.releaseWhenKnown;
        }
        if (cause != 0) {
            network.release(cause);
        }
    }

    /**
     * Hangs up (on hook): ends the current call with cause 16 toward the network (21, call rejected, for a call
     * still ringing).
     *
     * @throws IllegalStateException when the line is idle
     */
    public void hangup() {
        if (!end(NORMAL_CLEARING)) {
            throw new IllegalStateException("port " + id + " is idle, nothing to hang up");
        }
    }

    /** Ends any call with {@code cause} because the line is being removed. */
    void shutdown(int cause) {
        end(cause);
    }

    private boolean end(int cause) {
        LineCall c;
        int toNetwork = cause;
        PortCall network;
        synchronized (this) {
            c = call;
            if (c == null) {
                return false;
            }
            if (state == PortState.RINGING && cause == NORMAL_CLEARING) {
                toNetwork = CALL_REJECTED;
            }
            finish(c);
            network = c.network;
            if (!c.incoming && network == null) {
                c.releaseWhenKnown = toNetwork; // dial() releases it once originate returns
            }
        }
        if (c.incoming) {
            c.listener.released(toNetwork);
        } else if (network != null) {
            network.release(toNetwork);
        }
        return true;
    }

    /** Back to idle: stop media, close sockets. Caller holds the lock; no listener is called. */
    private void finish(LineCall c) {
        if (c.answerTimer != null) {
            c.answerTimer.cancel(false);
        }
        if (c.media != null) {
            c.media.close();
        }
        call = null;
        state = PortState.IDLE;
    }

    private void post(Runnable task) {
        try {
            scheduler.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "port " + id + ": scheduler stopped, event dropped");
        }
    }

    /** The network's progress of a call this phone dialled. */
    private final class Progress implements PortCallListener {
        private final LineCall c;

        Progress(LineCall c) {
            this.c = c;
        }

        @Override
        public void alerting() {
            synchronized (SimulatedPhone.this) {
                if (call == c) {
                    c.alerting = true;
                }
            }
        }

        @Override
        public void answered(String sdp) {
            Sdp.Selection answer = sdp == null ? null : Sdp.selectG711(sdp).orElse(null);
            PortCall network;
            synchronized (SimulatedPhone.this) {
                if (call != c || state != PortState.DIALING) {
                    return;
                }
                if (answer != null) {
                    c.media.sendTo(answer.remote(), answer.codec(), answer.payloadType(), settings.get().toneHz());
                    state = PortState.CONNECTED;
                    return;
                }
                LOG.info(() -> "port " + id + ": answer has no G.711 audio, released with cause 88");
                finish(c);
                network = c.network;
                if (network == null) {
                    c.releaseWhenKnown = INCOMPATIBLE_DESTINATION;
                }
            }
            if (network != null) {
                network.release(INCOMPATIBLE_DESTINATION);
            }
        }

        @Override
        public void released(int q850Cause) {
            synchronized (SimulatedPhone.this) {
                if (call == c) {
                    LOG.fine(() -> "port " + id + ": dialled call released, cause " + q850Cause);
                    finish(c);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "SimulatedPhone[" + id + " " + state() + "]";
    }
}
