package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.SipMessageHandler;
import org.voxgate.spi.transport.ListeningPointHandle;

/** SipStackService.overloaded on the real RI stack: received datagrams that wait for a busy channel thread. */
class OverloadCheckTest {
    private static final int PORT = 25481;
    private final SipStackComponent component = new SipStackComponent();

    @AfterEach
    void stop() {
        component.deactivate();
    }

    @Test
    void overloadedWhileReceivedMessagesOrTheCallersWorkWaitLongerThanTheDelay() throws Exception {
        component.activate(StackConfig.defaults().withOverloadDelay(100));
        assertThat(component.overloaded(0)).isFalse();
        assertThat(component.overloaded(100)).as("the caller's backlog at the limit").isFalse();
        assertThat(component.overloaded(101)).as("the caller's backlog over the limit").isTrue();

        CountDownLatch handling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        component.useHandler(new SipMessageHandler() {
            @Override
            public void processRequest(RequestEvent event) {
                handling.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS); // the channel thread of this Call-ID is busy
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void processResponse(ResponseEvent event) {}
        });
        ListeningPointHandle udp = component.open("udp", "127.0.0.1", PORT);
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            send(probe, 1);
            assertThat(handling.await(5, TimeUnit.SECONDS)).isTrue();
            send(probe, 2); // same Call-ID: queued behind the first, for the same thread
            send(probe, 3);
            assertThat(within(5_000, () -> component.overloaded(0))).as("overloaded once they waited 100 ms").isTrue();

            release.countDown();
            assertThat(within(5_000, () -> !component.overloaded(0))).as("not overloaded once handled").isTrue();
        } finally {
            release.countDown();
            udp.close();
        }

        component.modified(StackConfig.defaults().withOverloadDelay(0));
        assertThat(component.overloaded(Long.MAX_VALUE)).as("0 turns the check off").isFalse();
    }

    private static void send(DatagramSocket probe, int cseq) throws Exception {
        byte[] request = ("OPTIONS sip:ping@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + probe.getLocalPort() + ";branch=z9hG4bK-ovl-" + cseq + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:t@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
                + "Call-ID: overload@127.0.0.1\r\nCSeq: " + cseq + " OPTIONS\r\n"
                + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        probe.send(new DatagramPacket(request, request.length, InetAddress.getLoopbackAddress(), PORT));
    }

    /** Polls the condition until it holds or the time is up; whether it held. */
    private static boolean within(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }
}
