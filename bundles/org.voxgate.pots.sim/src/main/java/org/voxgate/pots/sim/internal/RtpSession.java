package org.voxgate.pots.sim.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The media of one call on a phone: an RTP socket on the line's port and an RTCP socket on port + 1 (bound so
 * the pair is reserved; RTCP received is discarded, none is sent). Every 20 ms, on the shared scheduler, one
 * tick sends one packet of the tone (once a destination is known) and reads at most {@link #MAX_READ_PER_TICK}
 * packets that arrived. Non-blocking sockets: a tick never waits.
 */
final class RtpSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RtpSession.class.getName());
    static final int PACKET_MS = 20;
    static final int SAMPLES_PER_PACKET = G711Codec.CLOCK_RATE * PACKET_MS / 1000; // 160
    static final int MAX_READ_PER_TICK = 64;
    /** RMS (16-bit scale) from which a received packet counts as audio rather than silence: about -44 dBm0. */
    static final double ENERGY_RMS = 100;

    /** Where and how to send; replaced as a whole when the far end's SDP arrives. */
    private record Target(InetSocketAddress remote, G711Codec codec, int payloadType, ToneGenerator tone) {}

    private final DatagramChannel rtp;
    private final DatagramChannel rtcp;
    private final InetSocketAddress local;
    private final ScheduledFuture<?> ticker;
    private volatile Target target;
    private volatile boolean closed;

    // sender state: touched only by the ticker (a fixed-rate task never overlaps itself)
    private final long ssrc = ThreadLocalRandom.current().nextLong(1L << 32);
    private int sequence = ThreadLocalRandom.current().nextInt(1 << 16);
    private long timestamp = ThreadLocalRandom.current().nextLong(1L << 32);
    private boolean firstPacket = true;
    private final short[] frame = new short[SAMPLES_PER_PACKET];
    private final ByteBuffer receiveBuffer = ByteBuffer.allocate(2048);

    private final AtomicLong packetsSent = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong packetsReceived = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong packetsWithEnergy = new AtomicLong();

    private RtpSession(DatagramChannel rtp, DatagramChannel rtcp, ScheduledExecutorService scheduler)
            throws IOException {
        this.rtp = rtp;
        this.rtcp = rtcp;
        this.local = (InetSocketAddress) rtp.getLocalAddress();
        this.ticker = scheduler.scheduleAtFixedRate(this::tick, 0, PACKET_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Binds RTP on {@code address:port} and RTCP on {@code port + 1}, and starts receiving.
     *
     * @throws IOException when either port cannot be bound
     */
    static RtpSession open(String address, int port, ScheduledExecutorService scheduler) throws IOException {
        InetSocketAddress rtpAddress = new InetSocketAddress(address, port);
        StandardProtocolFamily family = rtpAddress.getAddress() instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        DatagramChannel rtp = DatagramChannel.open(family);
        DatagramChannel rtcp = null;
        try {
            rtp.bind(rtpAddress).configureBlocking(false);
            rtcp = DatagramChannel.open(family);
            rtcp.bind(new InetSocketAddress(rtpAddress.getAddress(), port + 1)).configureBlocking(false);
            return new RtpSession(rtp, rtcp, scheduler);
        } catch (IOException | RuntimeException e) {
            rtp.close();
            if (rtcp != null) {
                rtcp.close();
            }
            throw e instanceof IOException io ? io
                    : new IOException("cannot start RTP on " + address + ":" + port + ": " + e, e);
        }
    }

    InetSocketAddress localAddress() {
        return local;
    }

    /**
     * Starts (or redirects) sending: a tone of {@code toneHz} encoded with {@code codec} under
     * {@code payloadType} to {@code remote}; a null {@code remote} sends nothing (the far end is on hold).
     */
    void sendTo(InetSocketAddress remote, G711Codec codec, int payloadType, int toneHz) {
        target = remote == null ? null
                : new Target(remote, codec, payloadType, new ToneGenerator(toneHz, ToneGenerator.LEVEL_MINUS_10_DBM0));
    }

    MediaCounters counters() {
        return new MediaCounters(packetsSent.get(), bytesSent.get(), packetsReceived.get(), bytesReceived.get(),
                packetsWithEnergy.get());
    }

    @Override
    public void close() {
        closed = true;
        ticker.cancel(false);
        closeQuietly(rtp);
        closeQuietly(rtcp);
    }

    private void tick() {
        if (closed) {
            return;
        }
        try {
            send();
            receive();
            drainRtcp();
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(Level.FINE, "RTP on " + local + ": " + e, e);
            }
        }
    }

    private void send() throws IOException {
        Target t = target;
        if (t == null) {
            return;
        }
        t.tone().next(frame);
        byte[] payload = new byte[frame.length];
        t.codec().encode(frame, payload);
        RtpPacket packet = new RtpPacket(firstPacket, t.payloadType(), sequence, timestamp, ssrc, payload);
        firstPacket = false;
        sequence = (sequence + 1) & 0xFFFF;
        timestamp = (timestamp + SAMPLES_PER_PACKET) & 0xFFFF_FFFFL;
        if (rtp.send(ByteBuffer.wrap(packet.toBytes()), t.remote()) > 0) {
            packetsSent.incrementAndGet();
            bytesSent.addAndGet(payload.length);
        }
    }

    private void receive() throws IOException {
        for (int i = 0; i < MAX_READ_PER_TICK; i++) {
            receiveBuffer.clear();
            if (rtp.receive(receiveBuffer) == null) {
                return;
            }
            RtpPacket packet = RtpPacket.parse(receiveBuffer.array(), receiveBuffer.position()).orElse(null);
            if (packet == null) {
                continue;
            }
            packetsReceived.incrementAndGet();
            bytesReceived.addAndGet(packet.payload().length);
            G711Codec codec = codecFor(packet.payloadType());
            if (codec != null && rms(packet.payload(), codec) >= ENERGY_RMS) {
                packetsWithEnergy.incrementAndGet();
            }
        }
    }

    private void drainRtcp() throws IOException {
        for (int i = 0; i < MAX_READ_PER_TICK; i++) {
            receiveBuffer.clear();
            if (rtcp.receive(receiveBuffer) == null) {
                return;
            }
        }
    }

    private G711Codec codecFor(int payloadType) {
        Target t = target;
        if (t != null && t.payloadType() == payloadType) {
            return t.codec();
        }
        return G711Codec.byStaticPayloadType(payloadType).orElse(null);
    }

    static double rms(byte[] payload, G711Codec codec) {
        if (payload.length == 0) {
            return 0;
        }
        double sum = 0;
        for (byte b : payload) {
            double s = codec.decode(b);
            sum += s * s;
        }
        return Math.sqrt(sum / payload.length);
    }

    private static void closeQuietly(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing RTP socket: " + e, e);
        }
    }
}
