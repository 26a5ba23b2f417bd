package org.voxgate.itests.dist;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The test UA's RTP: one UDP socket on 127.0.0.1. Once the peer's address is known it sends a 20 ms PCMU packet
 * every 20 ms (silence, or a DTMF tone pair), or, while an RFC 4733 event is being sent, telephone-event packets
 * instead: marker on the first, one RTP timestamp (the event start) for all, duration growing by 160 per packet,
 * then the end packet (E bit, final duration in 8 kHz units) three times. Digit durations therefore come from
 * packet counts, never from the wall clock, so a loaded machine does not change them.
 * <p>
 * Received telephone-event packets (on either side's negotiated PT) become one digit per event, at its first
 * end packet (the repeats and any marker-less sender are fine); received PCMU goes to a {@link GoertzelDetector}.
 */
final class RtpEndpoint implements AutoCloseable {
    private static final int SAMPLES = 160;

    private final String name;
    private final DatagramSocket socket;
    private final Consumer<DtmfDigit> sink;
    private final GoertzelDetector detector;
    private final ScheduledExecutorService sender;
    private final Thread receiver;
    private final Deque<Segment> queue = new ArrayDeque<>();
    private final int ssrc = ThreadLocalRandom.current().nextInt();
    private int seq = ThreadLocalRandom.current().nextInt(0x10000);
    private long clock = ThreadLocalRandom.current().nextInt() & 0xffffffffL;
    private volatile InetSocketAddress remote;
    private volatile int sendNtePt = -1;
    private volatile int localNtePt = -1;
    private long lastEndedTs = -1;
    private volatile int packetsReceived;
    /** SSRC and next expected timestamp of the PCMU stream, to hear a gap in it as silence. */
    private int pcmuSsrc;
    private long pcmuNextTs = -1;
    private final java.util.Set<Integer> unexpectedPts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final class Segment {
        enum Kind { SILENCE, TONE, NTE }

        final Kind kind;
        final char key;
        final int durationMs;
        final int ticks;
        int tick;
        long start;
        int ends;
        CompletableFuture<Void> done;

        Segment(Kind kind, char key, int durationMs) {
            this.kind = kind;
            this.key = key;
            this.durationMs = durationMs;
            this.ticks = Math.max(kind == Kind.SILENCE ? 0 : 1, (durationMs + 19) / 20);
        }
    }

    RtpEndpoint(String name, int port, Consumer<DtmfDigit> sink) throws SocketException {
        this.name = name;
        this.socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.sink = sink;
        this.detector = new GoertzelDetector(sink);
        this.sender = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rtp-send-" + name));
        this.receiver = daemon(this::receiveLoop, "rtp-recv-" + name);
        receiver.start();
    }

    /** Where to send, and the telephone-event PTs: ours (advertised) and the peer's (-1 = none negotiated). */
    synchronized void connect(Sdp peer, int localNtePt) {
        boolean first = remote == null;
        this.remote = new InetSocketAddress(peer.address(), peer.port());
        this.sendNtePt = peer.telephoneEventPt();
        this.localNtePt = localNtePt;
        if (first) {
            sender.scheduleAtFixedRate(this::tick, 0, 20, TimeUnit.MILLISECONDS);
        }
    }

    boolean nteNegotiated() {
        return sendNtePt >= 0;
    }

    int packetsReceived() {
        return packetsReceived;
    }

    /** Payload types received after the SDP exchange that are neither PCMU nor a negotiated telephone-event. */
    java.util.Set<Integer> unexpectedPayloadTypes() {
        return java.util.Set.copyOf(unexpectedPts);
    }

    /** Sends the keys as tones (in-band) or RFC 4733 events and returns once the last gap has been sent. */
    void send(String keys, int durationMs, int gapMs, boolean nte) {
        Duration timeout = Duration.ofMillis(10_000 + 3L * keys.length() * (durationMs + gapMs + 60));
        if (remote == null) {
            throw new IllegalStateException(name + ": no peer RTP address yet (no SDP exchanged)");
        }
        if (nte && sendNtePt < 0) {
            throw new IllegalStateException(name + ": the peer's SDP has no telephone-event: RFC 4733 not negotiated");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            for (char key : keys.toCharArray()) {
                DtmfDigit.event(key); // rejects non-keys
                queue.add(new Segment(nte ? Segment.Kind.NTE : Segment.Kind.TONE, key, durationMs));
                queue.add(new Segment(Segment.Kind.SILENCE, ' ', gapMs));
            }
            Segment last = new Segment(Segment.Kind.SILENCE, ' ', 0);
            last.done = done;
            queue.add(last);
        }
        try {
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(name + ": RTP sending of " + keys + " did not finish within " + timeout, e);
        }
    }

    private synchronized void tick() {
        try {
            long ts = clock;
            clock += SAMPLES;
            Segment s = queue.peek();
            while (s != null && s.ticks == 0) { // zero-length gaps and the end marker
                finish(s);
                s = queue.peek();
            }
            if (s == null || s.kind == Segment.Kind.SILENCE) {
                send(0, false, ts, ToneGenerator.silence(SAMPLES));
            } else if (s.kind == Segment.Kind.TONE) {
                send(0, false, ts, ToneGenerator.tone(s.key, (long) s.tick * SAMPLES, SAMPLES));
            } else {
                if (s.tick == 0) {
                    s.start = ts;
                }
                if (s.tick + 1 < s.ticks) {
                    send(sendNtePt, s.tick == 0, s.start, nte(s.key, false, (s.tick + 1) * SAMPLES));
                } else {
                    send(sendNtePt, s.tick == 0 && s.ends == 0, s.start, nte(s.key, true, s.durationMs * 8));
                    if (++s.ends < 3) {
                        return; // the end packet goes three times, in three ticks (RFC 4733 2.5.1.4)
                    }
                }
            }
            if (s != null && ++s.tick >= s.ticks) {
                finish(s);
            }
        } catch (IOException | RuntimeException e) {
            if (!socket.isClosed()) { // closing races the last tick: nothing to report
                System.err.println("[" + name + "] RTP send failed: " + e);
            }
        }
    }

    private void finish(Segment s) {
        queue.poll();
        if (s.done != null) {
            s.done.complete(null);
        }
    }

    private static byte[] nte(char key, boolean end, int duration) {
        return new byte[] {(byte) DtmfDigit.event(key), (byte) (end ? 0x80 | 10 : 10), (byte) (duration >> 8), (byte) duration};
    }

    private void send(int pt, boolean marker, long ts, byte[] payload) throws IOException {
        byte[] p = new byte[12 + payload.length];
        p[0] = (byte) 0x80;
        p[1] = (byte) ((marker ? 0x80 : 0) | pt);
        p[2] = (byte) (seq >> 8);
        p[3] = (byte) seq;
        seq = (seq + 1) & 0xffff;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (ts >> (24 - 8 * i));
            p[8 + i] = (byte) (ssrc >> (24 - 8 * i));
        }
        System.arraycopy(payload, 0, p, 12, payload.length);
        socket.send(new DatagramPacket(p, p.length, remote));
    }

    private void receiveLoop() {
        byte[] buf = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                continue; // closed (loop ends) or ICMP port unreachable before the peer listened
            }
            int len = packet.getLength();
            if (len < 12 || (buf[0] & 0xC0) != 0x80) {
                continue;
            }
            packetsReceived++;
            int pt = buf[1] & 0x7F;
            int at = 12 + 4 * (buf[0] & 0x0F);
            if ((buf[0] & 0x10) != 0 && len >= at + 4) { // header extension
                at += 4 + 4 * (((buf[at + 2] & 0xFF) << 8) | (buf[at + 3] & 0xFF));
            }
            int end = (buf[0] & 0x20) != 0 ? len - (buf[len - 1] & 0xFF) : len; // padding
            if (at > end) {
                continue;
            }
            long ts = ((buf[4] & 0xFFL) << 24) | ((buf[5] & 0xFFL) << 16) | ((buf[6] & 0xFFL) << 8) | (buf[7] & 0xFFL);
            if (pt == 0) {
                int ssrc = (int) (((buf[8] & 0xFFL) << 24) | ((buf[9] & 0xFFL) << 16) | ((buf[10] & 0xFFL) << 8) | (buf[11] & 0xFFL));
                long gap = (ts - pcmuNextTs) & 0xffffffffL;
                if (pcmuNextTs >= 0 && ssrc == pcmuSsrc && gap > 0 && gap < 0x80000000L) {
                    // no audio for a while (telephone-events instead, or silence suppression): that is silence
                    byte[] silence = ToneGenerator.silence((int) Math.min(gap, 3 * GoertzelDetector.FRAME));
                    detector.feed(silence, 0, silence.length);
                }
                pcmuSsrc = ssrc;
                pcmuNextTs = (ts + end - at) & 0xffffffffL;
                detector.feed(buf, at, end - at);
            } else if ((pt == localNtePt || pt == sendNtePt) && end - at >= 4) {
                onTelephoneEvent(buf[at] & 0xFF, (buf[at + 1] & 0x80) != 0, ((buf[at + 2] & 0xFF) << 8) | (buf[at + 3] & 0xFF), ts);
            } else if (remote != null) {
                unexpectedPts.add(pt);
            }
        }
    }

    /** One digit per event (= per RTP timestamp), reported at its first end packet. */
    private void onTelephoneEvent(int event, boolean end, int duration, long ts) {
        if (end && ts != lastEndedTs) {
            lastEndedTs = ts;
            sink.accept(new DtmfDigit(DtmfDigit.key(event), Math.round(duration / 8f), DtmfMethod.RTP_NTE));
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        sender.shutdownNow();
        socket.close();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
            receiver.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
