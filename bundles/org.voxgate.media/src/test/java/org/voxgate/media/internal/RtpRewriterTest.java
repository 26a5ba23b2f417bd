package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RtpRewriterTest {
    private static final long MS = 1_000_000L;
    private final RtpRewriter rewriter = new RtpRewriter();

    static byte[] packet(int pt, int seq, long ts, long ssrc, int payload) {
        byte[] d = new byte[Rtp.HEADER + payload];
        Rtp.header(d, false, pt, seq, ts, ssrc);
        return d;
    }

    private byte[] relay(int seq, long ts, long ssrc, long nowNanos) {
        byte[] d = packet(0, seq, ts, ssrc, 160);
        rewriter.relay(d, nowNanos);
        return d;
    }

    @Test
    void untouchedWhileNothingIsInjectedOrDropped() {
        byte[] d = relay(65535, 0xFFFF_FF00L, 0x1234, 0);
        assertThat(Rtp.sequence(d)).isEqualTo(65535);
        assertThat(Rtp.timestamp(d)).isEqualTo(0xFFFF_FF00L);
        assertThat(Rtp.ssrc(d)).isEqualTo(0x1234);
        d = relay(0, 0x60, 0x1234, 20 * MS);
        assertThat(Rtp.sequence(d)).isZero();
        assertThat(Rtp.timestamp(d)).isEqualTo(0x60);
    }

    @Test
    void anInjectedPacketTakesTheNextNumberAndLaterPacketsMoveUp() {
        relay(1000, 8000, 7, 0);
        relay(1001, 8160, 7, 20 * MS);
        byte[] injected = new byte[Rtp.HEADER + 4];
        long ts = rewriter.timestamp(30 * MS);
        assertThat(ts).isEqualTo(8160 + 80);
        rewriter.inject(injected, true, 101, ts, 4, 30 * MS);
        assertThat(Rtp.sequence(injected)).isEqualTo(1002);
        assertThat(Rtp.ssrc(injected)).isEqualTo(7);
        assertThat(Rtp.marker(injected)).isTrue();
        assertThat(Rtp.payloadType(injected)).isEqualTo(101);
        assertThat(Rtp.timestamp(injected)).isEqualTo(8240);
        byte[] next = relay(1002, 8320, 7, 40 * MS);
        assertThat(Rtp.sequence(next)).isEqualTo(1003);
        assertThat(Rtp.timestamp(next)).isEqualTo(8320);
    }

    @Test
    void aSuppressedPacketLeavesNoGap() {
        relay(10, 0, 7, 0);
        rewriter.suppress(packet(101, 11, 160, 7, 4), 4, 20 * MS);
        rewriter.suppress(packet(101, 12, 160, 7, 4), 4, 20 * MS);
        assertThat(Rtp.sequence(relay(13, 480, 7, 60 * MS))).isEqualTo(11);
        assertThat(Rtp.sequence(relay(14, 640, 7, 80 * MS))).isEqualTo(12);
    }

    @Test
    void aNewSourceContinuesTheStreamUnderTheSameSsrc() {
        relay(500, 100_000, 0xAAAA, 0);
        relay(501, 100_160, 0xAAAA, 20 * MS);
        byte[] d = relay(9, 42, 0xBBBB, 40 * MS); // e.g. the callee's media server changed
        assertThat(Rtp.ssrc(d)).isEqualTo(0xAAAA);
        assertThat(Rtp.sequence(d)).isEqualTo(502);
        assertThat(Rtp.timestamp(d)).isEqualTo(100_320);
        d = relay(10, 202, 0xBBBB, 60 * MS);
        assertThat(Rtp.sequence(d)).isEqualTo(503);
        assertThat(Rtp.timestamp(d)).isEqualTo(100_480);
    }

    @Test
    void injectingFirstPicksAStreamThatTheSourceThenContinues() {
        assertThat(rewriter.timestamp(0)).isEqualTo(-1);
        byte[] injected = new byte[Rtp.HEADER];
        rewriter.inject(injected, false, 0, -1, 0, 0);
        long ssrc = Rtp.ssrc(injected);
        int seq = Rtp.sequence(injected);
        byte[] d = relay(77, 5, 0x1111, 20 * MS);
        assertThat(Rtp.ssrc(d)).isEqualTo(ssrc);
        assertThat(Rtp.sequence(d)).isEqualTo((seq + 1) & 0xFFFF);
        assertThat((Rtp.timestamp(d) - Rtp.timestamp(injected)) & Rtp.MASK32).isEqualTo(160);
    }

    @Test
    void generatedAudioIsAtLeastOneFrameAfterTheLast() {
        relay(1, 1000, 7, 0);
        assertThat(rewriter.audioTimestamp(160, 0)).isEqualTo(1160);
        assertThat(rewriter.audioTimestamp(160, 100 * MS)).isEqualTo(1800);
    }

    @Test
    void rtcpSenderReportAndReceptionReportsFollowTheRewrite() {
        RtpRewriter back = new RtpRewriter(); // the other direction: what the RTCP sender receives
        relay(100, 1000, 0xA, 0);
        rewriter.inject(new byte[Rtp.HEADER + 10], false, 101, -1, 10, 10 * MS);
        byte[] reverse = packet(0, 300, 0, 0xB, 0);
        back.relay(reverse, 0);
        back.inject(new byte[Rtp.HEADER], false, 101, -1, 0, 5 * MS); // B's stream moved up by one

        byte[] sr = new byte[28 + 24];
        sr[0] = (byte) 0x81; // V=2, one report block
        sr[1] = (byte) 200;
        Rtp.put16(sr, 2, sr.length / 4 - 1);
        Rtp.put32(sr, 4, 0xA);
        Rtp.put32(sr, 16, 1000);
        Rtp.put32(sr, 20, 50);
        Rtp.put32(sr, 24, 8000);
        Rtp.put32(sr, 28, 0xB); // block about B's stream as this side received it (renumbered)
        Rtp.put32(sr, 36, 302);
        Rtcp.translate(sr, sr.length, rewriter, back);
        assertThat(Rtp.u32(sr, 4)).isEqualTo(0xA);
        assertThat(Rtp.u32(sr, 16)).isEqualTo(1000);
        assertThat(Rtp.u32(sr, 20)).isEqualTo(51);
        assertThat(Rtp.u32(sr, 24)).isEqualTo(8010);
        assertThat(Rtp.u32(sr, 36)).isEqualTo(301);
    }
}
