package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.SipMessageHandler;

import gov.nist.javax.sip.stack.SIPDialog;

/**
 * docs/adr/0010, forced: the caller's ACK is handled after our 200 is on the wire but before the RI arms the dialog's
 * 2xx timer (the RI's "Starting dialog timer" debug line is held until the ACK has been handled). The dialog must
 * still record the ACK, or the RI deletes it ~32 s later.
 */
class CrossedAckTest {
    private static final int PORT = 25485;
    private static final Logger RI = JulStackLogger.LOG;
    private final CountDownLatch ackHandled = new CountDownLatch(1);
    private final AtomicBoolean timerHeldUntilAck = new AtomicBoolean();
    private final Handler holdTimer = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getMessage() != null && r.getMessage().startsWith("Starting dialog timer")) {
                try {
                    timerHeldUntilAck.set(ackHandled.await(5, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override public void flush() {}
        @Override public void close() {}
    };
    private Level level;
    private UdpStack stack;
    private SipStackComponent component;

    @BeforeEach
    void start() throws Exception {
        level = RI.getLevel();
        RI.setLevel(Level.FINER);
        RI.addHandler(holdTimer);
        stack = new UdpStack(PORT);
        component = stack.component;
    }

    @AfterEach
    void stop() {
        stack.close();
        RI.removeHandler(holdTimer);
        RI.setLevel(level);
    }

    @Test
    void anAckHandledBeforeTheRiArmedItsTimerIsStillRecordedOnTheDialog() throws Exception {
        AtomicReference<ServerTransaction> invite = new AtomicReference<>();
        AtomicReference<Dialog> dialog = new AtomicReference<>();
        CountDownLatch invited = new CountDownLatch(1);
        component.useHandler(new SipMessageHandler() {
            @Override
            public void processRequest(RequestEvent event) {
                try {
                    if (Request.INVITE.equals(event.getRequest().getMethod())) {
                        SipProvider p = (SipProvider) event.getSource();
                        ServerTransaction st = p.getNewServerTransaction(event.getRequest());
                        dialog.set(p.getNewDialog(st));
                        invite.set(st);
                        invited.countDown();
                    } else if (Request.ACK.equals(event.getRequest().getMethod())) {
                        ackHandled.countDown();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void processResponse(javax.sip.ResponseEvent event) {}
        });
        try (DatagramSocket caller = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            caller.setSoTimeout(5000);
            int lp = caller.getLocalPort();
            String common = "From: <sip:caller@127.0.0.1:" + lp + ">;tag=c\r\nCall-ID: crossed-" + System.nanoTime()
                    + "@127.0.0.1\r\nMax-Forwards: 70\r\n";
            send(caller, "INVITE sip:callee@127.0.0.1:" + PORT + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + lp
                    + ";branch=z9hG4bK-crossed-1\r\n" + common + "To: <sip:callee@127.0.0.1>\r\nCSeq: 1 INVITE\r\n"
                    + "Contact: <sip:caller@127.0.0.1:" + lp + ">\r\nContent-Length: 0\r\n\r\n");
            assertThat(invited.await(5, TimeUnit.SECONDS)).isTrue();

            Thread acker = new Thread(() -> {
                try {
                    String ok;
                    do { // skip a 100
                        DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
                        caller.receive(p);
                        ok = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
                    } while (!ok.startsWith("SIP/2.0 200"));
                    send(caller, "ACK sip:callee@127.0.0.1:" + PORT + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + lp
                            + ";branch=z9hG4bK-crossed-2\r\n" + common + "To: <sip:callee@127.0.0.1>;tag=crossed\r\n"
                            + "CSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            acker.start();
            Response ok = component.messageFactory().createResponse(200, invite.get().getRequest());
            ((ToHeader) ok.getHeader(ToHeader.NAME)).setTag("crossed");
            ok.setHeader((ContactHeader) component.headerFactory().createContactHeader(
                    component.addressFactory().createAddress("<sip:callee@127.0.0.1:" + PORT + ">")));
            invite.get().sendResponse(ok);
            acker.join(5000);

            assertThat(timerHeldUntilAck).as("the ACK was handled before the RI armed its 2xx timer").isTrue();
            SIPDialog d = (SIPDialog) dialog.get();
            long deadline = System.nanoTime() + 5_000_000_000L; // recorded from the stack's timer, 10 ms later
            while (!d.isAckSeen() && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
            assertThat(d.isAckSeen()).as("the dialog recorded the ACK").isTrue();
        }
    }

    private static void send(DatagramSocket s, String text) throws java.io.IOException {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), PORT));
    }
}
