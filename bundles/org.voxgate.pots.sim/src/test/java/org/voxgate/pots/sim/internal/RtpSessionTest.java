package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real UDP on 127.0.0.1 between an RtpSession and a plain socket. */
class RtpSessionTest {
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final InetAddress loopback = InetAddress.getLoopbackAddress();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void sendsTwentyMillisecondPacketsOfTheEncodedTone() throws IOException {
        int base = FreePorts.udpBase(3);
        try (DatagramSocket far = new DatagramSocket(base + 2, loopback);
                RtpSession session = RtpSession.open("127.0.0.1", base, scheduler)) {
            far.setSoTimeout((int) Await.BOUND_MS);
            session.sendTo(new InetSocketAddress(loopback, base + 2), G711Codec.PCMA, 8, 1004);
            List<RtpPacket> got = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                DatagramPacket d = new DatagramPacket(new byte[2048], 2048);
                far.receive(d);
                assertThat(d.getPort()).isEqualTo(base);
                got.add(RtpPacket.parse(d.getData(), d.getLength()).orElseThrow());
            }
            RtpPacket first = got.get(0);
            assertThat(first.marker()).isTrue();
            for (int i = 1; i < got.size(); i++) {
                RtpPacket p = got.get(i);
                assertThat(p.marker()).isFalse();
                assertThat(p.payloadType()).isEqualTo(8);
                assertThat(p.ssrc()).isEqualTo(first.ssrc());
                assertThat(p.sequence()).isEqualTo((first.sequence() + i) & 0xFFFF);
                assertThat(p.timestamp()).isEqualTo((first.timestamp() + 160L * i) & 0xFFFF_FFFFL);
            }
            // the payload is the A-law encoding of the tone's first 160 samples
            byte[] expected = new byte[160];
            G711Codec.PCMA.encode(new ToneGenerator(1004, ToneGenerator.LEVEL_MINUS_10_DBM0).next(160), expected);
            assertThat(first.payload()).containsExactly(expected);
            Await.until("counted as sent", () -> session.counters().packetsSent() >= 5);
            assertThat(session.counters().bytesSent()).isEqualTo(160 * session.counters().packetsSent());
        }
    }

    @Test
    void countsReceivedPacketsAndThoseWithEnergy() throws IOException {
        int base = FreePorts.udpBase(2);
        try (DatagramSocket far = new DatagramSocket(0, loopback);
                RtpSession session = RtpSession.open("127.0.0.1", base, scheduler)) {
            byte[] silence = new byte[160];
            Arrays.fill(silence, (byte) 0xFF); // μ-law zero
            byte[] tone = new byte[160];
            G711Codec.PCMU.encode(new ToneGenerator(1004, ToneGenerator.LEVEL_MINUS_10_DBM0).next(160), tone);
            InetSocketAddress to = new InetSocketAddress(loopback, base);
            for (int i = 0; i < 3; i++) {
                byte[] p = new RtpPacket(false, 0, i, 160L * i, 77, silence).toBytes();
                far.send(new DatagramPacket(p, p.length, to));
            }
            for (int i = 3; i < 5; i++) {
                byte[] p = new RtpPacket(false, 0, i, 160L * i, 77, tone).toBytes();
                far.send(new DatagramPacket(p, p.length, to));
            }
            byte[] junk = {1, 2, 3};
            far.send(new DatagramPacket(junk, junk.length, to));
            Await.until("5 packets received", () -> session.counters().packetsReceived() == 5, session::counters);
            MediaCounters c = session.counters();
            assertThat(c.bytesReceived()).isEqualTo(5 * 160);
            assertThat(c.packetsWithEnergy()).isEqualTo(2);
            assertThat(c.packetsSent()).isZero(); // no destination yet
        }
    }

    @Test
    void holdsTheRtcpPortAndReleasesBothOnClose() throws IOException {
        int base = FreePorts.udpBase(2);
        RtpSession session = RtpSession.open("127.0.0.1", base, scheduler);
        assertThatThrownBy(() -> new DatagramSocket(base + 1, loopback).close()).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> RtpSession.open("127.0.0.1", base, scheduler)).isInstanceOf(IOException.class);
        session.close();
        new DatagramSocket(base, loopback).close();
        new DatagramSocket(base + 1, loopback).close();
    }
}
