package org.voxgate.media.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The SSRC-stable rewrite layer of one direction (everything the relay sends to one leg's peer in one stream).
 * The outgoing stream keeps one SSRC, a gapless sequence and a continuous timestamp while packets are relayed,
 * injected (DTMF events, generated audio) or suppressed, and when the incoming source changes its SSRC (a new
 * media server behind the same leg): the new source is shifted to continue where the last packet sent ended.
 * As long as nothing is injected or suppressed and the source stays, packets pass with their own numbers.
 * RTCP sender reports and reception reports are translated with the same offsets. Thread-safe.
 */
final class RtpRewriter {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private int clockRate = 8000;
    private boolean started;
    private long outSsrc;
    private long inSsrc = -1;
    /** Added to incoming sequence numbers (mod 2^16) and timestamps (mod 2^32). */
    private int seqDelta;
    private long tsDelta;
    /** Packets and payload octets sent that the source did not send (injected minus suppressed). */
    private long countDelta;
    private long octetDelta;
    private int lastSeq;
    private long lastTs;
    private long lastNanos;

    synchronized void clockRate(int rate) {
        if (rate > 0) {
            clockRate = rate;
        }
    }

    /** Rewrites a relayed packet's sequence number, timestamp and SSRC in place. */
    synchronized void relay(byte[] d, long nowNanos) {
        follow(d, nowNanos);
        int seq = (Rtp.sequence(d) + seqDelta) & 0xFFFF;
        long ts = (Rtp.timestamp(d) + tsDelta) & Rtp.MASK32;
        Rtp.put16(d, 2, seq);
        Rtp.put32(d, 4, ts);
        Rtp.put32(d, 8, outSsrc);
        advance(seq, ts, nowNanos);
    }

    /** A packet of the source that is not relayed: the packets after it close the gap it leaves. */
    synchronized void suppress(byte[] d, int payloadLength, long nowNanos) {
        follow(d, nowNanos);
        seqDelta--;
        countDelta--;
        octetDelta -= payloadLength;
    }

    /**
     * Writes the header of an injected packet into {@code d[0..12)}: the stream's SSRC and the next sequence
     * number; the packets relayed after it are renumbered behind it.
     *
     * @param timestamp the packet's timestamp; negative = {@link #timestamp(long)} now
     */
    synchronized void inject(byte[] d, boolean marker, int payloadType, long timestamp, int payloadLength,
            long nowNanos) {
        if (!started) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            start(1 + r.nextLong(Rtp.MASK32), r.nextInt(1 << 16), r.nextLong(1L << 32), nowNanos);
        }
        long ts = timestamp < 0 ? timestamp(nowNanos) : timestamp & Rtp.MASK32;
        int seq = (lastSeq + 1) & 0xFFFF;
        seqDelta++;
        countDelta++;
        octetDelta += payloadLength;
        Rtp.header(d, marker, payloadType, seq, ts, outSsrc);
        advance(seq, ts, nowNanos);
    }

    /** The next relayed packet continues the outgoing stream after the last packet sent, as a new source would. */
    synchronized void rebase() {
        inSsrc = -1;
    }

    /** The timestamp a packet sent now carries: the last one plus the time since, in clock units; -1 if none yet. */
    synchronized long timestamp(long nowNanos) {
        return started ? (lastTs + elapsed(nowNanos)) & Rtp.MASK32 : -1;
    }

    /** Timestamp of generated audio of {@code samples} samples sent now: at least one frame after the last. */
    synchronized long audioTimestamp(int samples, long nowNanos) {
        return started ? (lastTs + Math.max(samples, elapsed(nowNanos))) & Rtp.MASK32 : -1;
    }

    /** Timestamp of a frame that directly follows the last packet sent, which held {@code samples} samples. */
    synchronized long nextTimestamp(int samples) {
        return started ? (lastTs + samples) & Rtp.MASK32 : -1;
    }

    synchronized long ssrc() {
        return started ? outSsrc : -1;
    }

    /** RTCP sender report (at {@code at}) of the source: SSRC, RTP timestamp and counts as the receiver sees them. */
    synchronized void senderReport(byte[] d, int at) {
        if (!started || Rtp.u32(d, at + 4) != inSsrc) {
            return;
        }
        Rtp.put32(d, at + 4, outSsrc);
        Rtp.put32(d, at + 16, (Rtp.u32(d, at + 16) + tsDelta) & Rtp.MASK32);
        Rtp.put32(d, at + 20, (Rtp.u32(d, at + 20) + countDelta) & Rtp.MASK32);
        Rtp.put32(d, at + 24, (Rtp.u32(d, at + 24) + octetDelta) & Rtp.MASK32);
    }

    /** An SSRC field naming the source (RR sender, BYE): the outgoing SSRC. */
    synchronized void sourceSsrc(byte[] d, int at) {
        if (started && Rtp.u32(d, at) == inSsrc) {
            Rtp.put32(d, at, outSsrc);
        }
    }

    /**
     * A reception report block (at {@code at}) about this stream, from the peer it goes to, on its way back to
     * the source: its SSRC and extended highest sequence number in the source's own numbering.
     */
    synchronized void receptionReport(byte[] d, int at) {
        if (!started || Rtp.u32(d, at) != outSsrc || inSsrc < 0) {
            return;
        }
        Rtp.put32(d, at, inSsrc);
        Rtp.put32(d, at + 8, (Rtp.u32(d, at + 8) - seqDelta) & Rtp.MASK32);
    }

    private void follow(byte[] d, long nowNanos) {
        long ssrc = Rtp.ssrc(d);
        if (ssrc == inSsrc) {
            return;
        }
        if (!started) {
            start(ssrc, (Rtp.sequence(d) - 1) & 0xFFFF, Rtp.timestamp(d), nowNanos);
            inSsrc = ssrc;
            return;
        }
        // a new source, or the first one after injected packets: continue the outgoing stream
        inSsrc = ssrc;
        seqDelta = (lastSeq + 1 - Rtp.sequence(d)) & 0xFFFF;
        tsDelta = (lastTs + Math.max(1, elapsed(nowNanos)) - Rtp.timestamp(d)) & Rtp.MASK32;
        countDelta = 0;
        octetDelta = 0;
    }

    private void start(long ssrc, int seqBefore, long ts, long nowNanos) {
        started = true;
        outSsrc = ssrc;
        lastSeq = seqBefore;
        lastTs = ts;
        lastNanos = nowNanos;
    }

    private void advance(int seq, long ts, long nowNanos) {
        if (Rtp.seqAfter(seq, lastSeq)) {
            lastSeq = seq;
        }
        if (Rtp.tsAfter(ts, lastTs)) {
            lastTs = ts;
            lastNanos = nowNanos;
        }
    }

    private long elapsed(long nowNanos) {
        long nanos = Math.max(0, nowNanos - lastNanos);
        return Math.min(nanos, 3600 * NANOS_PER_SECOND) * clockRate / NANOS_PER_SECOND;
    }
}
