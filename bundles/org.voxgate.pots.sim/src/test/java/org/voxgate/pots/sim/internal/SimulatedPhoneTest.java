package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.port.PortBusyException;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallOrigination;
import org.voxgate.spi.port.PortState;

/** Two phones on 127.0.0.1 (lines 0 and 1 of a free port range), with real RTP between them. */
class SimulatedPhoneTest {
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final InetAddress loopback = InetAddress.getLoopbackAddress();
    private volatile LineSettings settings;
    private volatile PortCallOrigination origination;
    private int base;
    private SimulatedPhone a;
    private SimulatedPhone b;

    @BeforeEach
    void phones() {
        base = FreePorts.udpBase(4);
        settings = new LineSettings(50, 1004, "127.0.0.1", base);
        a = new SimulatedPhone("0/0/0", 0, () -> settings, () -> origination, scheduler);
        b = new SimulatedPhone("0/0/1", 1, () -> settings, () -> origination, scheduler);
    }

    @AfterEach
    void stop() {
        a.shutdown(SimulatedPhone.DESTINATION_OUT_OF_ORDER);
        b.shutdown(SimulatedPhone.DESTINATION_OUT_OF_ORDER);
        scheduler.shutdownNow();
    }

    private static String offer(int port, String formats) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio " + port
                + " RTP/AVP " + formats + "\r\n";
    }

    private static RtpPacket receive(DatagramSocket socket) throws IOException {
        DatagramPacket d = new DatagramPacket(new byte[2048], 2048);
        socket.receive(d);
        return RtpPacket.parse(d.getData(), d.getLength()).orElseThrow();
    }

    @Test
    void twoPhonesDialAnswerTalkAndHangUp() throws Exception {
        LoopbackNetwork network = new LoopbackNetwork(b);
        origination = network;

        a.dial("6605001");
        assertThat(a.state()).isIn(PortState.DIALING, PortState.CONNECTED);
        Await.until("both connected", () -> a.state() == PortState.CONNECTED && b.state() == PortState.CONNECTED,
                () -> a + " " + b);
        Await.until("tone heard both ways", () -> a.status().counters().packetsWithEnergy() > 0
                && b.status().counters().packetsWithEnergy() > 0, () -> a.status() + " " + b.status());

        PortStatus sa = a.status();
        PortStatus sb = b.status();
        assertThat(sa.calledNumber()).isEqualTo("6605001");
        assertThat(sb.callingNumber()).isEqualTo(LoopbackNetwork.CALLING);
        assertThat(sb.calledNumber()).isEqualTo("6605001");
        assertThat(sa.counters().packetsSent()).isPositive();
        assertThat(sa.counters().packetsReceived()).isPositive();
        assertThat(sb.counters().packetsReceived()).isPositive();
        assertThat(sb.counters().bytesReceived()).isEqualTo(160 * sb.counters().packetsReceived());

        assertThatThrownBy(() -> b.ring("1", "2", offer(4000, "0"), new Recorder()))
                .isInstanceOf(PortBusyException.class).hasMessageContaining("0/0/1 is connected");
        assertThatThrownBy(() -> a.ring("1", "2", null, new Recorder())).isInstanceOf(PortBusyException.class);
        assertThatThrownBy(() -> a.dial("123")).isInstanceOf(IllegalStateException.class);

        a.hangup();
        Await.until("both idle", () -> a.state() == PortState.IDLE && b.state() == PortState.IDLE);
        assertThat(network.log).containsExactly("originate 0/0/0 6605001", "release 16");
        assertThat(a.status().counters()).isEqualTo(MediaCounters.NONE);
        new DatagramSocket(base, loopback).close(); // sockets closed: the ports can be bound again
        new DatagramSocket(base + 2, loopback).close();
        assertThatThrownBy(a::hangup).isInstanceOf(IllegalStateException.class).hasMessageContaining("idle");
    }

    @Test
    void calledPhoneHangingUpReleasesTheCaller() {
        LoopbackNetwork network = new LoopbackNetwork(b);
        origination = network;
        a.dial("6605001");
        Await.until("both connected", () -> a.state() == PortState.CONNECTED && b.state() == PortState.CONNECTED);
        b.hangup();
        Await.until("both idle", () -> a.state() == PortState.IDLE && b.state() == PortState.IDLE);
        assertThat(network.log).contains("callee released 16");
    }

    @Test
    void dialingABusyLineComesBackIdle() throws Exception {
        origination = new LoopbackNetwork(b);
        Recorder other = new Recorder();
        settings = new LineSettings(-1, 1004, "127.0.0.1", base);
        b.ring("7", "8", null, other);
        a.dial("6605001");
        Await.until("caller idle after user busy", () -> a.state() == PortState.IDLE);
        assertThat(b.state()).isEqualTo(PortState.RINGING);
    }

    @Test
    void ringingAlertsAtOnceThenAnswersWithTheOfferedG711AndSendsTheTone() throws Exception {
        try (DatagramSocket network = new DatagramSocket(0, loopback)) {
            network.setSoTimeout((int) Await.BOUND_MS);
            Recorder r = new Recorder();
            PortCall call = b.ring("4085550100", "6605001", offer(network.getLocalPort(), "8 18"), r);
            Await.until("answered", () -> r.events.contains("answered"), () -> r.events);
            assertThat(r.events).containsExactly("alerting", "answered");
            assertThat(r.sdp).contains("c=IN IP4 127.0.0.1\r\n", "t=0 0\r\n",
                    "m=audio " + (base + 2) + " RTP/AVP 8\r\n", "a=rtpmap:8 PCMA/8000\r\n", "a=sendrecv\r\n");
            assertThat(b.state()).isEqualTo(PortState.CONNECTED);
            RtpPacket p = receive(network);
            assertThat(p.payloadType()).isEqualTo(8);
            assertThat(p.payload()).hasSize(160);
            assertThat(RtpSession.rms(p.payload(), G711Codec.PCMA)).isGreaterThan(RtpSession.ENERGY_RMS);

            call.release(16);
            assertThat(b.state()).isEqualTo(PortState.IDLE);
            call.release(16); // idempotent, and reports nothing back
            assertThat(r.events).containsExactly("alerting", "answered");
        }
    }

    @Test
    void offerWithoutG711IsRefusedWithCause88WithoutRinging() throws Exception {
        Recorder r = new Recorder();
        b.ring("1", "2", offer(4000, "18") + "a=rtpmap:18 G729/8000\r\n", r);
        Await.until("released", () -> !r.events.isEmpty());
        assertThat(r.events).containsExactly("released 88");
        assertThat(b.state()).isEqualTo(PortState.IDLE);
    }

    @Test
    void withAutoAnswerOffTheLineRingsUntilAnsweredByHandOrCancelled() throws Exception {
        settings = new LineSettings(-1, 1004, "127.0.0.1", base);
        Recorder first = new Recorder();
        PortCall cancelled = b.ring("1", "2", offer(4000, "0"), first);
        Await.until("alerting", () -> first.events.contains("alerting"));
        assertThat(b.state()).isEqualTo(PortState.RINGING);
        cancelled.release(19); // the network gives up
        assertThat(b.state()).isEqualTo(PortState.IDLE);

        Recorder second = new Recorder();
        b.ring("1", "2", offer(4000, "0"), second);
        Await.until("alerting", () -> second.events.contains("alerting"));
        b.answer();
        assertThat(b.state()).isEqualTo(PortState.CONNECTED);
        assertThat(second.events).containsExactly("alerting", "answered");
        assertThatThrownBy(b::answer).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void hangingUpARingingLineRejectsTheCall() throws Exception {
        settings = new LineSettings(-1, 1004, "127.0.0.1", base);
        Recorder r = new Recorder();
        b.ring("1", "2", offer(4000, "0"), r);
        b.hangup();
        Await.until("released", () -> r.events.contains("released 21"), () -> r.events);
        assertThat(b.state()).isEqualTo(PortState.IDLE);
    }

    @Test
    void callRungWithoutSdpIsAnsweredWithAnOfferAndTalksOnceTheAnswerArrives() throws Exception {
        try (DatagramSocket network = new DatagramSocket(0, loopback)) {
            network.setSoTimeout((int) Await.BOUND_MS);
            Recorder r = new Recorder();
            PortCall call = b.ring("1", "2", null, r);
            Await.until("answered", () -> r.events.contains("answered"));
            assertThat(r.sdp).contains("m=audio " + (base + 2) + " RTP/AVP 0 8\r\n");
            assertThat(b.status().counters().packetsSent()).isZero();
            call.remoteAnswered(offer(network.getLocalPort(), "0"));
            assertThat(receive(network).payloadType()).isZero();
            call.release(16);
        }
    }

    @Test
    void rtpPortInUseReleasesWithCause47() throws Exception {
        try (DatagramSocket squatter = new DatagramSocket(base + 2, loopback)) {
            Recorder r = new Recorder();
            b.ring("1", "2", offer(4000, "0"), r);
            Await.until("released", () -> r.events.contains("released 47"), () -> r.events);
            assertThat(b.state()).isEqualTo(PortState.IDLE);
        }
    }

    @Test
    void dialWithoutCallControlFailsWithAClearMessage() {
        origination = null;
        assertThatThrownBy(() -> a.dial("6605001")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0/0/0 cannot dial").hasMessageContaining("PortCallOrigination");
        assertThat(a.state()).isEqualTo(PortState.IDLE);
        assertThatThrownBy(() -> a.dial("66O5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answerWithoutG711EndsTheDialledCallWithCause88() {
        java.util.List<Integer> released = new java.util.concurrent.CopyOnWriteArrayList<>();
        origination = (port, calling, called, offer, listener) -> {
            listener.alerting();
            listener.answered(offer(4000, "18"));
            return released::add;
        };
        a.dial("6605001");
        Await.until("caller idle", () -> a.state() == PortState.IDLE);
        Await.until("network released", () -> !released.isEmpty());
        assertThat(released).containsExactly(88);
    }

    @Test
    void originateThatThrowsLeavesTheLineIdle() {
        origination = (port, calling, called, offer, listener) -> {
            throw new IllegalArgumentException("no dial peer for 999");
        };
        assertThatThrownBy(() -> a.dial("999")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no dial peer for 999");
        assertThat(a.state()).isEqualTo(PortState.IDLE);
    }
}
