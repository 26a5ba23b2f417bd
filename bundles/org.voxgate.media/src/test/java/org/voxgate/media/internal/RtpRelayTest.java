package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.media.MediaException;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaStats;
import org.voxgate.spi.media.MediaTap;
import org.voxgate.spi.media.RtpFrame;

/** The relay on 127.0.0.1 between two UDP endpoints standing in for the caller's and the callee's media. */
class RtpRelayTest {
    private final RtpRelay relay = new RtpRelay();
    private final List<String> inactive = new CopyOnWriteArrayList<>();
    private Peer a;
    private Peer b;
    private MediaSession session;

    @BeforeEach
    void start() throws Exception {
        int base = FreePorts.udpBase(40);
        relay.start(new RtpRelay.Settings(base, base + 39, Peer.LOOPBACK, 300));
        a = new Peer();
        b = new Peer();
        session = relay.open("call-1", (s, leg, seconds) -> inactive.add(s.callId() + " " + leg));
    }

    @AfterEach
    void stop() {
        relay.stop();
        a.close();
        b.close();
    }

    /** Offer from A, answer from B; returns the relay's port facing A and the one facing B. */
    private int[] connect(String aDirection, String bDirection) throws MediaException {
        String toB = session.offer(MediaLeg.A, a.sdp(aDirection));
        String toA = session.answer(MediaLeg.B, b.sdp(bDirection));
        return new int[] {port(toA), port(toB)};
    }

    private static int port(String sdp) {
        return Sdp.parse(sdp).media().get(0).port();
    }

    private MediaStats stats(MediaLeg leg) {
        return session.stats(leg).get(0);
    }

    @Test
    void relaysRtpAndRtcpBothWaysFromThePortsInTheSdp() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        byte[] fromA = Peer.rtp(0, 1, 160, 0xA, (byte) 0x55, 160);
        a.send(ports[0], fromA);
        Peer.Received atB = b.receive();
        assertThat(atB.data()).isEqualTo(fromA);
        assertThat(atB.sourcePort()).isEqualTo(ports[1]);

        byte[] fromB = Peer.rtp(0, 7000, 99, 0xB, (byte) 0x66, 160);
        b.send(ports[1], fromB);
        Peer.Received atA = a.receive();
        assertThat(atA.data()).isEqualTo(fromB);
        assertThat(atA.sourcePort()).isEqualTo(ports[0]);

        byte[] receiverReport = new byte[8];
        receiverReport[0] = (byte) 0x80;
        receiverReport[1] = (byte) 201;
        Rtp.put16(receiverReport, 2, 1);
        Rtp.put32(receiverReport, 4, 0xA);
        a.sendRtcp(ports[0] + 1, receiverReport);
        Peer.Received rtcpAtB = b.receiveRtcp();
        assertThat(rtcpAtB.data()).isEqualTo(receiverReport);
        assertThat(rtcpAtB.sourcePort()).isEqualTo(ports[1] + 1);

        MediaStats legA = stats(MediaLeg.A);
        assertThat(legA.packetsIn).isEqualTo(1);
        assertThat(legA.packetsOut).isEqualTo(1);
        assertThat(legA.bytesIn).isEqualTo(160);
        assertThat(legA.rtcpIn).isEqualTo(1);
        assertThat(legA.codec).isEqualTo("g711ulaw");
        assertThat(legA.payloadBytes).isEqualTo(160);
        assertThat(legA.telephoneEventPayloadType).isEqualTo(101);
        assertThat(legA.latched).isTrue();
        assertThat(legA.localAddress).isEqualTo("127.0.0.1");
        assertThat(legA.localPort).isEqualTo(ports[0]);
        assertThat(legA.remotePort).isEqualTo(a.rtp.getLocalPort());
        assertThat(legA.lastPacketTime).isPositive();
        // the relay counts a packet out after its send returns, which can be just after B has it
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (stats(MediaLeg.B).rtcpOut == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(stats(MediaLeg.B).rtcpOut).isEqualTo(1);
    }

    @Test
    void latchingSwitchesToTheRealSourcePort() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        b.send(ports[1], Peer.rtp(0, 1, 0, 0xB, (byte) 1, 160));
        assertThat(a.receive().seq()).isEqualTo(1); // before A sent anything: to the port in A's SDP
        assertThat(stats(MediaLeg.A).latched).isFalse();

        try (Peer natted = new Peer()) { // A's packets come from another port (NAT)
            natted.send(ports[0], Peer.rtp(0, 50, 0, 0xA, (byte) 2, 160));
            assertThat(b.receive().seq()).isEqualTo(50);
            b.send(ports[1], Peer.rtp(0, 2, 160, 0xB, (byte) 1, 160));
            assertThat(natted.receive().seq()).isEqualTo(2);
            MediaStats legA = stats(MediaLeg.A);
            assertThat(legA.latched).isTrue();
            assertThat(legA.remotePort).isEqualTo(natted.rtp.getLocalPort());
        }
    }

    @Test
    void injectedPacketsKeepSequenceAndTimestampContinuous() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        a.send(ports[0], Peer.rtp(0, 100, 1000, 0xA, (byte) 0x11, 160));
        a.send(ports[0], Peer.rtp(0, 101, 1160, 0xA, (byte) 0x11, 160));
        assertThat(b.receive().seq()).isEqualTo(100);
        assertThat(b.receive().seq()).isEqualTo(101);

        long ts = session.timestamp(MediaLeg.B);
        assertThat(ts).isGreaterThanOrEqualTo(1160);
        assertThat(session.inject(MediaLeg.B, 101, true, ts, new byte[] {5, 0, 0, (byte) 160})).isTrue();
        Peer.Received event = b.receive();
        assertThat(event.seq()).isEqualTo(102);
        assertThat(event.pt()).isEqualTo(101);
        assertThat(event.ts()).isEqualTo(ts);
        assertThat(event.ssrc()).isEqualTo(0xA);
        assertThat(Rtp.marker(event.data())).isTrue();

        a.send(ports[0], Peer.rtp(0, 102, 1320, 0xA, (byte) 0x11, 160));
        Peer.Received after = b.receive();
        assertThat(after.seq()).isEqualTo(103);
        assertThat(after.ts()).isEqualTo(1320);
        assertThat(after.ssrc()).isEqualTo(0xA);

        assertThat(session.injectAudio(MediaLeg.B, new short[160], 160)).isTrue();
        Peer.Received tone = b.receive();
        assertThat(tone.seq()).isEqualTo(104);
        assertThat(tone.pt()).isZero();
        assertThat(tone.ts()).isGreaterThanOrEqualTo(1480);
        assertThat(Arrays.copyOfRange(tone.data(), Rtp.HEADER, tone.data().length)).hasSize(160)
                .containsOnly((byte) 0xFF); // μ-law silence

        a.send(ports[0], Peer.rtp(0, 103, 1480 + 160 * 50, 0xA, (byte) 0x11, 160));
        assertThat(b.receive().seq()).isEqualTo(105);
        assertThat(stats(MediaLeg.B).packetsInjected).isEqualTo(2);
    }

    @Test
    void tapsSeeEventsAndAudioAndMaySuppressOrOverwriteThem() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        List<RtpFrame> events = new CopyOnWriteArrayList<>();
        List<MediaLeg> audioFrom = new CopyOnWriteArrayList<>();
        AutoCloseable handle = session.attach(new MediaTap() {
            @Override
            public boolean event(MediaLeg from, RtpFrame frame) {
                events.add(frame);
                return false; // e.g. digit-drop: the digit goes out of band
            }

            @Override
            public boolean audio(MediaLeg from, long timestamp, short[] samples, int count) {
                audioFrom.add(from);
                Arrays.fill(samples, 0, count, (short) 0);
                return true;
            }
        });
        a.send(ports[0], Peer.rtp(0, 1, 0, 0xA, (byte) 0x00, 160));
        a.send(ports[0], Peer.rtp(101, 2, 160, 0xA, (byte) 0x01, 4));
        a.send(ports[0], Peer.rtp(0, 3, 320, 0xA, (byte) 0x00, 160));
        Peer.Received first = b.receive();
        Peer.Received second = b.receive();
        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.ts()).isEqualTo(320);
        assertThat(second.pt()).isZero();
        assertThat(Arrays.copyOfRange(second.data(), Rtp.HEADER, second.data().length)).containsOnly((byte) 0xFF);
        assertThat(events).singleElement().satisfies(f -> {
            assertThat(f.payloadType()).isEqualTo(101);
            assertThat(f.sequence()).isEqualTo(2);
            assertThat(f.payload()).containsExactly(1, 1, 1, 1);
        });
        assertThat(audioFrom).containsExactly(MediaLeg.A, MediaLeg.A);
        assertThat(stats(MediaLeg.A).packetsDropped).isEqualTo(1);

        handle.close();
        a.send(ports[0], Peer.rtp(0, 4, 480, 0xA, (byte) 0x00, 160));
        Peer.Received untouched = b.receive();
        assertThat(untouched.seq()).isEqualTo(3);
        assertThat(Arrays.copyOfRange(untouched.data(), Rtp.HEADER, untouched.data().length)).containsOnly((byte) 0);
    }

    @Test
    void holdPausesOneDirectionAndResumeRestartsIt() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        String toB = session.offer(MediaLeg.A, a.sdp("sendonly"));
        assertThat(toB).contains("a=sendonly").contains("m=audio " + ports[1] + " ");
        String toA = session.answer(MediaLeg.B, b.sdp("recvonly"));
        assertThat(toA).contains("a=recvonly").contains("m=audio " + ports[0] + " ");

        a.send(ports[0], Peer.rtp(0, 1, 0, 0xA, (byte) 1, 160));
        assertThat(b.receive().seq()).isEqualTo(1);
        b.send(ports[1], Peer.rtp(0, 500, 0, 0xB, (byte) 1, 160));
        Await.until("B's packet dropped while A is on hold", () -> stats(MediaLeg.B).packetsDropped == 1);
        assertThat(stats(MediaLeg.B).direction).isEqualTo("recvonly");

        session.offer(MediaLeg.A, a.sdp("sendrecv"));
        session.answer(MediaLeg.B, b.sdp("sendrecv"));
        b.send(ports[1], Peer.rtp(0, 501, 160, 0xB, (byte) 1, 160));
        assertThat(a.receive().seq()).isEqualTo(501);
    }

    @Test
    void aRejectedReOfferLeavesTheOldSessionInPlace() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        session.offer(MediaLeg.A, a.sdp("inactive")); // e.g. answered 488 by B
        session.offerRejected(MediaLeg.B); // not B's offer: ignored
        assertThat(stats(MediaLeg.A).direction).isEqualTo("inactive");
        session.offerRejected(MediaLeg.A);
        assertThat(stats(MediaLeg.A).direction).isEqualTo("sendrecv");
        b.send(ports[1], Peer.rtp(0, 1, 0, 0xB, (byte) 1, 160));
        assertThat(a.receive().seq()).isEqualTo(1);
        a.send(ports[0], Peer.rtp(0, 1, 0, 0xA, (byte) 1, 160));
        assertThat(b.receive().seq()).isEqualTo(1);
    }

    @Test
    void inactivityIsReportedForTheSilentLegOnly() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        int[] seq = {0};
        Await.until("leg A reported inactive while B keeps sending", () -> {
            try {
                b.send(ports[1], Peer.rtp(0, seq[0]++, 160L * seq[0], 0xB, (byte) 1, 160));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return inactive.contains("call-1 A");
        }, () -> inactive);
        assertThat(inactive).containsExactly("call-1 A");

        a.send(ports[0], Peer.rtp(0, 1, 0, 0xA, (byte) 1, 160)); // A speaks again, then falls silent: reported again
        Await.until("leg A reported again after a new silent period",
                () -> inactive.stream().filter("call-1 A"::equals).count() == 2, () -> inactive);
    }

    @Test
    void heldOrUnansweredLegsAreNotExpectedToSend() throws Exception {
        RelaySession s = (RelaySession) session;
        s.offer(MediaLeg.A, a.sdp("sendonly"));
        long later = System.nanoTime() + 10_000_000_000L;
        s.checkInactivity(later, 1_000_000_000L);
        assertThat(inactive).isEmpty(); // no answer yet: nothing flows

        s.answer(MediaLeg.B, b.sdp("recvonly"));
        later = System.nanoTime() + 10_000_000_000L;
        s.checkInactivity(later, 1_000_000_000L);
        assertThat(inactive).containsExactly("call-1 A"); // B only receives (A put it on hold)
        s.checkInactivity(later + 1, 1_000_000_000L);
        assertThat(inactive).hasSize(1); // once per silent period
    }

    @Test
    void closeReleasesThePortsAndEndsTheSession() throws Exception {
        int[] ports = connect("sendrecv", "sendrecv");
        assertThat(relay.pool().inUse()).isEqualTo(2);
        session.close();
        session.close();
        Await.until("ports back in the pool", () -> relay.pool().inUse() == 0);
        try (DatagramSocket again = new DatagramSocket(ports[0], Peer.LOOPBACK)) {
            assertThat(again.getLocalPort()).isEqualTo(ports[0]);
        }
        assertThatThrownBy(() -> session.offer(MediaLeg.A, a.sdp("sendrecv"))).isInstanceOf(MediaException.class)
                .satisfies(e -> assertThat(((MediaException) e).reason()).isEqualTo(MediaException.Reason.CLOSED));
        assertThat(relay.sessionCount()).isZero();
    }

    @Test
    void stoppingTheRelayReleasesEveryPort() throws Exception {
        connect("sendrecv", "sendrecv");
        MediaSession other = relay.open("call-2", null);
        other.offer(MediaLeg.A, a.sdp("sendrecv"));
        assertThat(relay.pool().inUse()).isEqualTo(4);
        relay.stop();
        assertThat(relay.pool().inUse()).isZero();
        assertThatThrownBy(() -> relay.open("call-3", null)).isInstanceOf(MediaException.class);
    }

    @Test
    void portZeroLinesTakeNoPortsAndSdpErrorsLeaveTheSessionAsItWas() throws Exception {
        String offer = a.sdp("sendrecv") + "m=video 0 RTP/AVP 99\r\n";
        String toB = session.offer(MediaLeg.A, offer);
        assertThat(Sdp.parse(toB).media().get(1).port()).isZero();
        assertThat(relay.pool().inUse()).isEqualTo(2);
        assertThatThrownBy(() -> session.offer(MediaLeg.A, "not sdp")).isInstanceOf(MediaException.class)
                .satisfies(e -> assertThat(((MediaException) e).reason()).isEqualTo(MediaException.Reason.BAD_SDP));
        assertThat(session.stats(MediaLeg.A)).hasSize(1);
    }

    @Test
    void exhaustedPortRangeRefusesTheOfferUntilACallEnds() throws Exception {
        relay.stop();
        int base = FreePorts.udpBase(4);
        RtpRelay small = new RtpRelay();
        small.start(new RtpRelay.Settings(base, base + 3, Peer.LOOPBACK, 0));
        try {
            MediaSession first = small.open("call-1", null);
            first.offer(MediaLeg.A, a.sdp("sendrecv"));
            MediaSession second = small.open("call-2", null);
            assertThatThrownBy(() -> second.offer(MediaLeg.A, a.sdp("sendrecv"))).isInstanceOf(MediaException.class)
                    .hasMessageContaining("no free RTP port pair")
                    .satisfies(e -> assertThat(((MediaException) e).reason()).isEqualTo(MediaException.Reason.NO_PORTS));
            assertThat(small.pool().inUse()).isEqualTo(2);
            first.close();
            Await.until("ports of call-1 released", () -> small.pool().inUse() == 0);
            assertThat(Sdp.parse(second.offer(MediaLeg.A, a.sdp("sendrecv"))).media().get(0).port())
                    .isBetween(base, base + 2);
        } finally {
            small.stop();
        }
    }

    @Test
    void wildcardBindAnnouncesTheAddressTheCoreGivesPerLeg() throws Exception {
        relay.stop();
        int base = FreePorts.udpBase(8);
        RtpRelay wildcard = new RtpRelay();
        wildcard.start(new RtpRelay.Settings(base, base + 7, null, 0));
        try {
            MediaSession s = wildcard.open("call-1", null);
            s.localAddress(MediaLeg.B, "192.0.2.55");
            String toB = s.offer(MediaLeg.A, a.sdp("sendrecv"));
            assertThat(toB).contains("c=IN IP4 192.0.2.55\r\n").contains("o=- 1 1 IN IP4 192.0.2.55\r\n");
            String toA = s.answer(MediaLeg.B, b.sdp("sendrecv"));
            assertThat(toA).contains("c=IN IP4 127.0.0.1\r\n"); // none given for A: the address towards A's media
            a.send(port(toA), Peer.rtp(0, 9, 0, 0xA, (byte) 3, 160));
            assertThat(b.receive().seq()).isEqualTo(9);
            assertThat(s.stats(MediaLeg.B).get(0).localAddress).isEqualTo("192.0.2.55");
        } finally {
            wildcard.stop();
        }
    }
}
