package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sip.ClientTransaction;
import javax.sip.message.Request;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipStatisticsDTO;

/** Counting and tracing on the real RI stack and loopback sockets: what the stack really sends is seen. */
class StackMonitorTest {
    private static final int PORT = 25850;
    private static final int SILENT_PEER = 25851;
    private final SipStackComponent component = new SipStackComponent();
    private MonitorServices services;

    @BeforeEach
    void start() throws Exception {
        component.activate(StackConfig.defaults());
        component.open("udp", "127.0.0.1", PORT);
        services = new MonitorServices(component);
    }

    @AfterEach
    void stop() {
        component.deactivate();
    }

    @Test
    void optionsInAndItsAnswerOutAreCountedAndTraced() throws Exception {
        List<String> console = new CopyOnWriteArrayList<>();
        services.start();
        services.addSink(console::add);
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            String branch = "z9hG4bK" + System.nanoTime();
            byte[] options = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + peer.getLocalPort() + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
                    + "Call-ID: " + branch + "@t\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            peer.send(new DatagramPacket(options, options.length, InetAddress.getLoopbackAddress(), PORT));
            peer.receive(new DatagramPacket(new byte[65535], 65535)); // 503: no message handler in this test
        }
        SipStatisticsDTO s = awaitSnapshot(() -> services.snapshot(), x -> x.responsesOut.containsKey("503"));
        assertThat(s.requestsIn).containsOnly(entry("OPTIONS", 1L));
        assertThat(s.responsesOut).containsOnly(entry("503", 1L));
        assertThat(s.requestsOut).isEmpty();
        assertThat(s.responsesIn).as("a received response is reported twice by the RI, counted once").isEmpty();
        await(() -> console.size() >= 2);
        assertThat(console.get(0)).contains("Received: ").contains("\nOPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\n");
        assertThat(console.get(1)).contains("Sent: ").contains("\nSIP/2.0 503 ");

        services.clear();
        assertThat(services.snapshot().requestsIn).isEmpty();
        assertThat(services.snapshot().responsesOut).isEmpty();
    }

    /** The RI reports a received response twice over UDP and once over TCP: each must count once. */
    @Test
    void aResponseReceivedOverUdpOrTcpCountsOnceAndIsTracedOnce() throws Exception {
        component.open("tcp", "127.0.0.1", PORT);
        List<String> console = new CopyOnWriteArrayList<>();
        services.start();
        services.addSink(console::add);
        try (DatagramSocket udpPeer = new DatagramSocket(SILENT_PEER, InetAddress.getLoopbackAddress());
                ServerSocket tcpPeer = new ServerSocket(SILENT_PEER, 1, InetAddress.getLoopbackAddress())) {
            udpPeer.setSoTimeout(5000);
            tcpPeer.setSoTimeout(5000);
            component.provider("udp").getNewClientTransaction(options("UDP")).sendRequest();
            DatagramPacket in = new DatagramPacket(new byte[65535], 65535);
            udpPeer.receive(in);
            byte[] ok = ok(new String(in.getData(), 0, in.getLength(), StandardCharsets.US_ASCII));
            udpPeer.send(new DatagramPacket(ok, ok.length, in.getSocketAddress()));

            component.provider("tcp").getNewClientTransaction(options("TCP")).sendRequest();
            try (Socket s = tcpPeer.accept()) {
                s.setSoTimeout(5000);
                String request = readHeaders(s.getInputStream());
                s.getOutputStream().write(ok(request));
                s.getOutputStream().flush();
                SipStatisticsDTO stats = awaitSnapshot(() -> services.snapshot(),
                        x -> x.responsesIn.getOrDefault("200", 0L) >= 2);
                assertThat(stats.responsesIn).containsOnly(entry("200", 2L));
                assertThat(stats.okIn).containsOnly(entry("OPTIONS", 2L));
                assertThat(stats.requestsOut).containsOnly(entry("OPTIONS", 2L));
            }
        }
        await(() -> console.stream().filter(t -> t.contains("\nSIP/2.0 200 OK\n")).count() >= 2);
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(console.stream().filter(t -> t.contains("\nSIP/2.0 200 OK\n"))).hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("Received: 127.0.0.1:" + SILENT_PEER + " -> "));
    }

    private Request options(String transport) throws Exception {
        long n = System.nanoTime();
        return component.messageFactory().createRequest("OPTIONS sip:peer@127.0.0.1:" + SILENT_PEER + ";transport="
                + transport.toLowerCase(java.util.Locale.ROOT) + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + PORT + ";branch=z9hG4bK" + n + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:gw@127.0.0.1>;tag=9\r\nTo: <sip:peer@127.0.0.1>\r\n"
                + "Call-ID: " + transport + n + "@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n");
    }

    /** A 200 to {@code request}: its Via, From, To (tagged), Call-ID and CSeq. */
    private static byte[] ok(String request) {
        StringBuilder b = new StringBuilder("SIP/2.0 200 OK\r\n");
        for (String line : request.split("\r\n")) {
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT) : "";
            if (name.equals("via") || name.equals("from") || name.equals("call-id") || name.equals("cseq")) {
                b.append(line).append("\r\n");
            } else if (name.equals("to")) {
                b.append(line).append(";tag=peer\r\n");
            }
        }
        return b.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String readHeaders(java.io.InputStream in) throws java.io.IOException {
        StringBuilder b = new StringBuilder();
        while (b.indexOf("\r\n\r\n") < 0) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }

    @Test
    void withCountingOffTheRiReportsMessagesOnlyWhileTracing() throws Exception {
        component.monitor().counting(false);
        assertThat(JulStackLogger.LOG.isLoggable(java.util.logging.Level.FINE)).isFalse();
        assertThat(new JulStackLogger().isLoggingEnabled(JulStackLogger.TRACE_MESSAGES)).isFalse();
        services.start();
        assertThat(new JulStackLogger().isLoggingEnabled(JulStackLogger.TRACE_MESSAGES)).isTrue();
        services.stop();
        assertThat(new JulStackLogger().isLoggingEnabled(JulStackLogger.TRACE_MESSAGES)).isFalse();
        component.monitor().counting(true);
        assertThat(new JulStackLogger().isLoggingEnabled(JulStackLogger.TRACE_MESSAGES)).isTrue();
        assertThat(services.snapshot().countingOff).isFalse();
    }

    @Test
    void inviteRetransmissionsToASilentPeerAreRetries() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(SILENT_PEER, InetAddress.getLoopbackAddress())) {
            Request invite = component.messageFactory().createRequest("INVITE sip:100@127.0.0.1:" + SILENT_PEER + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + PORT + ";branch=z9hG4bK" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:gw@127.0.0.1>;tag=9\r\nTo: <sip:100@127.0.0.1>\r\n"
                    + "Call-ID: retry-" + System.nanoTime() + "@127.0.0.1\r\nCSeq: 1 INVITE\r\n"
                    + "Contact: <sip:gw@127.0.0.1:" + PORT + ">\r\nContent-Length: 0\r\n\r\n");
            ClientTransaction ct = component.provider("udp").getNewClientTransaction(invite);
            ct.sendRequest();
            // T1 500 ms: sends at 0, 0.5, 1.5 s
            SipStatisticsDTO s = awaitSnapshot(() -> services.snapshot(), x -> x.retries.getOrDefault("INVITE", 0L) >= 2);
            assertThat(s.requestsOut.get("INVITE")).isEqualTo(s.retries.get("INVITE") + 1);
            assertThat(s.retries).containsOnlyKeys("INVITE");
        }
    }

    private static SipStatisticsDTO awaitSnapshot(Supplier<SipStatisticsDTO> snapshot,
            java.util.function.Predicate<SipStatisticsDTO> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        SipStatisticsDTO s = snapshot.get();
        while (!done.test(s) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
            s = snapshot.get();
        }
        assertThat(done.test(s)).as("condition within 5 s; last snapshot %s", s).isTrue();
        return s;
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
