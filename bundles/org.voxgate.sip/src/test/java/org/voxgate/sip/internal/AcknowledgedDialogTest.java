package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.ResponseEvent;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.SipMessageHandler;

import gov.nist.javax.sip.stack.SIPDialog;

/**
 * A dialog we set up, once our ACK is sent and {@code acknowledged} is called: it lets go of its INVITE and
 * transactions (what a held call would keep for hours) and still carries the rest of the call. Real RI, real UDP;
 * the callee is a raw socket.
 */
class AcknowledgedDialogTest {
    private static final int PORT = 25483;
    private UdpStack stack;
    private SipStackComponent component;

    @BeforeEach
    void start() throws Exception {
        stack = new UdpStack(PORT);
        component = stack.component;
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void aDialogWeSetUpLetsGoOfItsInviteOnceAcknowledgedAndStillEndsTheCall() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch acked = new CountDownLatch(1);
        component.useHandler(new SipMessageHandler() {
            @Override
            public void processRequest(javax.sip.RequestEvent event) {}

            @Override
            public void processResponse(ResponseEvent event) {
                try {
                    Dialog d = event.getDialog();
                    long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
                    d.sendAck(d.createAck(cseq));
                    component.acknowledged(d);
                } catch (Exception e) {
                    failure.set(e);
                }
                acked.countDown();
            }
        });
        try (DatagramSocket callee = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            callee.setSoTimeout(5000);
            SipProvider provider = component.provider("udp");
            ClientTransaction ct = provider.getNewClientTransaction(invite(provider, callee.getLocalPort()));
            Dialog dialog = provider.getNewDialog(ct);
            ct.sendRequest();

            DatagramPacket got = new DatagramPacket(new byte[65535], 65535);
            callee.receive(got);
            String inv = text(got);
            String ok = "SIP/2.0 200 OK\r\n" + header(inv, "Via") + header(inv, "From")
                    + header(inv, "To").replace("\r\n", ";tag=callee\r\n") + header(inv, "Call-ID") + header(inv, "CSeq")
                    + "Contact: <sip:callee@127.0.0.1:" + callee.getLocalPort() + ">\r\nContent-Length: 0\r\n\r\n";
            send(callee, ok, got.getSocketAddress());
            assertThat(text(receive(callee))).startsWith("ACK sip:callee@127.0.0.1:" + callee.getLocalPort());
            assertThat(acked.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(failure.get()).isNull();

            SIPDialog held = (SIPDialog) dialog;
            assertThat(held.getState()).isEqualTo(DialogState.CONFIRMED);
            assertThat(field(held, "firstTransaction")).as("first transaction kept").isNull();
            assertThat(field(held, "lastTransaction")).as("last transaction kept").isNull();
            assertThat(field(held, "originalRequest")).as("INVITE kept").isNull();

            Request bye = dialog.createRequest(Request.BYE);
            dialog.sendRequest(provider.getNewClientTransaction(bye));
            String sent = text(receive(callee));
            assertThat(sent).startsWith("BYE sip:callee@127.0.0.1:" + callee.getLocalPort());
            assertThat(header(sent, "Call-ID")).isEqualTo(header(inv, "Call-ID"));
            assertThat(header(sent, "To")).contains("tag=callee");
            assertThat(header(sent, "From")).isEqualTo(header(inv, "From"));
            assertThat(header(sent, "CSeq")).startsWith("CSeq: 2 BYE");
        }
    }

    private Request invite(SipProvider provider, int calleePort) throws Exception {
        var af = component.addressFactory();
        var hf = component.headerFactory();
        Address from = af.createAddress("<sip:caller@127.0.0.1:" + PORT + ">");
        Address to = af.createAddress("<sip:callee@127.0.0.1:" + calleePort + ">");
        Request r = component.messageFactory().createRequest(af.createURI("sip:callee@127.0.0.1:" + calleePort),
                Request.INVITE, provider.getNewCallId(), hf.createCSeqHeader(1L, Request.INVITE),
                hf.createFromHeader(from, "caller"), hf.createToHeader(to, null),
                java.util.List.of(hf.createViaHeader("127.0.0.1", PORT, "udp", null)), hf.createMaxForwardsHeader(70));
        r.addHeader(hf.createContactHeader(af.createAddress("<sip:caller@127.0.0.1:" + PORT + ">")));
        return r;
    }

    /** A protected field of the RI's dialog (its getter for the first transaction is not supported). */
    private static Object field(SIPDialog d, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field f = SIPDialog.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(d);
    }

    /** The whole line of the first header {@code name} (full name only), with its line end. */
    private static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line + "\r\n";
            }
        }
        throw new AssertionError("no " + name + " in " + message);
    }

    private static void send(DatagramSocket s, String text, SocketAddress to) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.send(new DatagramPacket(b, b.length, to));
    }

    private static DatagramPacket receive(DatagramSocket s) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
        s.receive(p);
        return p;
    }

    private static String text(DatagramPacket p) {
        return new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
    }
}
