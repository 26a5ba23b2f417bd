package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.transport.ListeningPointHandle;

import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.VoxgateMessageProcessorFactory;

/** The real RI stack on real loopback sockets, without a framework. */
class SipStackComponentTest {
    private static final int PORT = 25471;
    private final SipStackComponent component = new SipStackComponent();

    @BeforeEach
    void start() throws Exception {
        component.activate(StackConfig.defaults());
    }

    @AfterEach
    void stop() {
        component.deactivate();
    }

    @Test
    void listeningPointsCanBeClosedAndOpenedAgainOnTheSamePort() throws Exception {
        for (int round = 0; round < 3; round++) {
            ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
            ListeningPointHandle tcp = component.open("TCP", "127.0.0.1", PORT);
            assertThat(component.providers()).hasSize(2);
            assertThat(component.provider("udp")).isNotNull();
            udp.close();
            tcp.close();
            assertThat(component.providers()).isEmpty();
            // the ports are really released (the RI's TCP processor thread closes its socket on its way out: on a
            // busy machine that can take a moment, so the TCP port gets up to 5 s)
            try (DatagramSocket d = new DatagramSocket(PORT, InetAddress.getLoopbackAddress());
                    ServerSocket s = bindWithin(PORT, 5_000)) {
                assertThat(d.isBound()).isTrue();
                assertThat(s.isBound()).isTrue();
            }
        }
    }

    /**
     * The RI caches a wildcard UDP listening point under "0.0.0.0" but removes it under "0:0:0:0:0:0:0:0"
     * (docs/adr/0001); without the workaround the reopened point would be a stale, closed one. So check
     * that SIP is really answered after each reopen (503: no message handler is bound in this test).
     */
    @Test
    void wildcardAddressCanBeReopenedAndAnswersSip() throws Exception {
        for (int round = 0; round < 3; round++) {
            ListeningPointHandle udp = component.open("udp", "0.0.0.0", PORT);
            assertThat(udp.port()).isEqualTo(PORT);
            assertThat(statusLineOfAnswerToOptions()).as("round %d", round).startsWith("SIP/2.0 503 ");
            udp.close();
        }
    }

    @Test
    void dialogsLetGoOfTheirInitialMessagesOnceConfirmed() throws Exception {
        // an ended call's dialog lingers with the BYE's server transaction (Timer J, 32 s over UDP); without this
        // it would keep the INVITE, its SDP and its transaction that long (BENCHMARKS.md, 2026-12-01 later)
        assertThat(((gov.nist.javax.sip.SipStackImpl) stackOf(component)).getReleaseReferencesStrategy())
                .isEqualTo(gov.nist.javax.sip.ReleaseReferencesStrategy.Normal);
    }

    /**
     * UDP datagrams are received into one reused buffer and copied at their own size (docs/adr/0007): a small
     * datagram and one far above a typical MTU, up to the RI's maximum, are both received whole.
     */
    @Test
    void udpUsesTheSizedDatagramProcessorAndStillTakesLargeDatagrams() throws Exception {
        assertThat(((SIPTransactionStack) stackOf(component)).getMessageProcessorFactory())
                .isInstanceOf(VoxgateMessageProcessorFactory.class);
        ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
        try {
            assertThat(statusLineOfAnswerToOptions()).startsWith("SIP/2.0 503 ");
            assertThat(statusLineOfAnswerToOptions(40000)).startsWith("SIP/2.0 503 ");
            assertThat(statusLineOfAnswerToOptions()).startsWith("SIP/2.0 503 ");
        } finally {
            udp.close();
        }
    }

    private static Object stackOf(SipStackComponent c) throws ReflectiveOperationException {
        java.lang.reflect.Field f = SipStackComponent.class.getDeclaredField("stack");
        f.setAccessible(true);
        return f.get(c);
    }

    private static String statusLineOfAnswerToOptions() throws IOException {
        return statusLineOfAnswerToOptions(0);
    }

    /** @param padding bytes of an extra header, to make the datagram large */
    private static String statusLineOfAnswerToOptions(int padding) throws IOException {
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            probe.setSoTimeout(5000);
            int lp = probe.getLocalPort();
            String branch = "z9hG4bK" + System.nanoTime();
            byte[] request = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + lp + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
                    + "Call-ID: " + branch + "@t\r\nCSeq: 1 OPTIONS\r\n"
                    + (padding > 0 ? "X-Padding: " + "x".repeat(padding) + "\r\n" : "")
                    + "Content-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
            DatagramPacket answer = new DatagramPacket(new byte[65535], 65535);
            probe.receive(answer);
            String text = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
            return text.substring(0, text.indexOf("\r\n"));
        }
    }

    /**
     * Datagrams of one Call-ID are handled in the order they arrived, although the stack handles datagrams on
     * several threads (docs/adr/0008): 40 Call-IDs, 10 requests each, each Call-ID's sent back to back, handled
     * by 8 threads with a handler that takes a random 0-2 ms per request.
     */
    @Test
    void requestsOfOneCallIdAreHandledInArrivalOrder() throws Exception {
        component.deactivate();
        component.activate(StackConfig.defaults().withThreads(8, 10000, 1 << 20, false));
        int calls = 40;
        int perCall = 10;
        java.util.Map<String, java.util.List<Long>> handled = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(calls * perCall);
        component.useHandler(new org.voxgate.sip.stack.SipMessageHandler() {
            @Override
            public void processRequest(javax.sip.RequestEvent event) {
                javax.sip.message.Request r = event.getRequest();
                String callId = ((javax.sip.header.CallIdHeader) r.getHeader("Call-ID")).getCallId();
                long cseq = ((javax.sip.header.CSeqHeader) r.getHeader("CSeq")).getSeqNumber();
                java.util.concurrent.locks.LockSupport.parkNanos(
                        java.util.concurrent.ThreadLocalRandom.current().nextLong(2_000_000));
                handled.computeIfAbsent(callId, k -> java.util.Collections.synchronizedList(new java.util.ArrayList<>()))
                        .add(cseq);
                all.countDown();
            }

            @Override
            public void processResponse(javax.sip.ResponseEvent event) {}
        });
        ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int lp = probe.getLocalPort();
            for (int c = 0; c < calls; c++) {
                for (int cseq = 1; cseq <= perCall; cseq++) {
                    byte[] request = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                            + "Via: SIP/2.0/UDP 127.0.0.1:" + lp + ";branch=z9hG4bK-order-" + c + "-" + cseq + "\r\n"
                            + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
                            + "Call-ID: order-" + c + "@127.0.0.1\r\nCSeq: " + cseq + " OPTIONS\r\n"
                            + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
                }
            }
            assertThat(all.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("every request handled").isTrue();
        } finally {
            udp.close();
        }
        assertThat(handled).hasSize(calls);
        java.util.List<Long> inOrder = java.util.stream.LongStream.rangeClosed(1, perCall).boxed().toList();
        handled.forEach((callId, order) -> assertThat(order).as(callId).isEqualTo(inOrder));
    }

    /**
     * A UDP request answered without a transaction leaves no server transaction behind (docs/adr/0009); a
     * retransmission of the request still gets the same response, byte for byte, without reaching the handler.
     */
    @Test
    void aReleasedTransactionStillAnswersRetransmissionsWithTheSameResponse() throws Exception {
        answerTwiceWithOneResponse(event -> {
            assertThat(component.answersWithoutTransaction(event)).isTrue();
            component.sendWithoutTransaction(event, okWithTag(event));
        });
    }

    /**
     * The same for a request answered through its server transaction (as an in-dialog BYE must be, for the
     * stack's dialog layer): once the final response is out the transaction is terminated and only its bytes
     * are kept, so it no longer counts towards max.server.transactions for Timer J's 32 s.
     */
    @Test
    void aTransactionReleasedAfterItsFinalResponseStillAnswersRetransmissions() throws Exception {
        answerTwiceWithOneResponse(event -> {
            javax.sip.ServerTransaction st = ((javax.sip.SipProvider) event.getSource())
                    .getNewServerTransaction(event.getRequest());
            component.respondAndRelease(st, okWithTag(event));
            assertThat(st.getState()).isEqualTo(javax.sip.TransactionState.TERMINATED);
        });
    }

    private interface Answer {
        void answer(javax.sip.RequestEvent event) throws Exception;
    }

    private javax.sip.message.Response okWithTag(javax.sip.RequestEvent event) throws Exception {
        javax.sip.message.Response ok = component.messageFactory().createResponse(200, event.getRequest());
        ((javax.sip.header.ToHeader) ok.getHeader("To")).setTag("t" + System.nanoTime());
        return ok;
    }

    private void answerTwiceWithOneResponse(Answer answer) throws Exception {
        java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
        component.useHandler(new org.voxgate.sip.stack.SipMessageHandler() {
            @Override
            public void processRequest(javax.sip.RequestEvent event) {
                handled.incrementAndGet();
                try {
                    answer.answer(event);
                } catch (Exception | AssertionError e) {
                    failures.add(e);
                }
                answered.countDown(); // the response goes out before the handler is done with the transaction
            }

            @Override
            public void processResponse(javax.sip.ResponseEvent event) {}
        });
        ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            probe.setSoTimeout(5000);
            int lp = probe.getLocalPort();
            byte[] request = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + lp + ";branch=z9hG4bK-released-" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
                    + "Call-ID: released-" + System.nanoTime() + "@127.0.0.1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
            String first = receive(probe);
            assertThat(first).startsWith("SIP/2.0 200 OK");
            assertThat(answered.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("handler done").isTrue();
            assertThat(failures).as("failures in the handler").isEmpty();
            SIPTransactionStack stack = (SIPTransactionStack) stackOf(component);
            assertThat(stack.getServerTransactionTableSize()).as("server transactions kept").isZero();
            probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
            assertThat(receive(probe)).as("the response to the retransmission").isEqualTo(first);
            assertThat(handled).as("requests that reached the handler").hasValue(1);
            // show sip-ua statistics counts the kept response sent again as the transaction's retransmission
            long deadline = System.nanoTime() + 5_000_000_000L;
            org.voxgate.api.sipua.SipStatisticsDTO stats = component.monitor().counters.snapshot();
            while (stats.retries.getOrDefault(org.voxgate.api.sipua.SipStatisticsDTO.RESPONSE, 0L) < 1
                    && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // counted just after the send
                stats = component.monitor().counters.snapshot();
            }
            assertThat(stats.retries).containsEntry(org.voxgate.api.sipua.SipStatisticsDTO.RESPONSE, 1L);
            assertThat(stats.responsesOut).containsEntry("200", 2L);
            assertThat(stats.okOut).containsEntry("OPTIONS", 2L);
            assertThat(stats.requestsIn).containsEntry("OPTIONS", 2L);
        } finally {
            udp.close();
        }
    }

    private static ServerSocket bindWithin(int port, long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (true) {
            try {
                return new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            } catch (java.net.BindException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
            }
        }
    }

    /**
     * A response sent without a transaction goes where RFC 3261 18.2.2 / RFC 3581 say: the request asked for rport,
     * so to the port it came from, not to the (dead) port its Via names; and it is counted as sent.
     */
    @Test
    void aResponseWithoutTransactionGoesToTheRequestsSourcePortWhenItAskedForRport() throws Exception {
        component.useHandler(new org.voxgate.sip.stack.SipMessageHandler() {
            @Override
            public void processRequest(javax.sip.RequestEvent event) {
                try {
                    component.sendWithoutTransaction(event, okWithTag(event));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void processResponse(javax.sip.ResponseEvent event) {}
        });
        ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramSocket named = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            probe.setSoTimeout(5000);
            named.setSoTimeout(300);
            byte[] request = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + named.getLocalPort() + ";rport;branch=z9hG4bK-rport-"
                    + System.nanoTime() + "\r\nMax-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\n"
                    + "To: <sip:ping@127.0.0.1>\r\nCall-ID: rport-" + System.nanoTime() + "@127.0.0.1\r\n"
                    + "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
            String response = receive(probe);
            assertThat(response).startsWith("SIP/2.0 200 OK").contains(";rport=" + probe.getLocalPort());
            assertThatThrownBy(() -> receive(named)).as("nothing to the Via's port")
                    .isInstanceOf(java.net.SocketTimeoutException.class);
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (component.monitor().counters.snapshot().responsesOut.getOrDefault("200", 0L) < 1
                    && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // counted just after the send
            }
            assertThat(component.monitor().counters.snapshot().responsesOut).containsEntry("200", 1L);
        } finally {
            udp.close();
        }
    }

    private static String receive(DatagramSocket socket) throws IOException {
        DatagramPacket answer = new DatagramPacket(new byte[65535], 65535);
        socket.receive(answer);
        return new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
    }

    @Test
    void unknownTransportAndBusyPortAreRefusedWithAReason() throws Exception {
        assertThatThrownBy(() -> component.open("sctp", "127.0.0.1", PORT)).isInstanceOf(IOException.class)
                .hasMessageContaining("Unsupported transport");
        try (DatagramSocket busy = new DatagramSocket(PORT + 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> component.open("udp", "127.0.0.1", PORT + 1)).isInstanceOf(IOException.class)
                    .hasMessageContaining("Cannot listen on UDP 127.0.0.1:" + (PORT + 1));
        }
    }
}
