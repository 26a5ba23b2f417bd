package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.message.Request;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.SipMessageHandler;

import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.stack.SIPTransaction;

/** The transaction lookups by key on the real RI stack and loopback sockets. */
class VoxgateSipStackTest {
    private static final int PORT = 25861;
    private final SipStackComponent component = new SipStackComponent();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private volatile ServerTransaction invite;
    private DatagramSocket peer;

    private final SipMessageHandler handler = new SipMessageHandler() {
        @Override
        public void processRequest(RequestEvent e) {
            try {
                Request r = e.getRequest();
                if (Request.INVITE.equals(r.getMethod())) {
                    ServerTransaction st = ((SipProvider) e.getSource()).getNewServerTransaction(r);
                    invite = st;
                    st.sendResponse(component.messageFactory().createResponse(180, r));
                }
                seen.add("request " + r.getMethod());
            } catch (Exception x) {
                seen.add("failed: " + x);
            }
        }

        @Override
        public void processResponse(ResponseEvent e) {
            seen.add("response " + e.getResponse().getStatusCode() + " tx=" + (e.getClientTransaction() != null));
        }
    };

    @BeforeEach
    void start() throws Exception {
        component.activate(StackConfig.defaults());
        component.open("udp", "127.0.0.1", PORT);
        component.useHandler(handler);
        peer = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        peer.setSoTimeout(5000);
    }

    @AfterEach
    void stop() {
        peer.close();
        component.deactivate();
    }

    @Test
    void aCancelFindsItsInviteByBranchInAnyCaseAndOnlyThatOne() throws Exception {
        String branch = "z9hG4bKinv" + System.nanoTime();
        send(request("INVITE", branch));
        assertThat(receiveStatusLine()).startsWith("SIP/2.0 180 ");
        VoxgateSipStack stack = (VoxgateSipStack) component.stack();

        SIPRequest cancel = (SIPRequest) Messages.parse(request("CANCEL", branch.toUpperCase()));
        SIPTransaction found = stack.findCancelTransaction(cancel, true);
        assertThat(found).isSameAs(invite);
        assertThat(stack.findCancelTransaction((SIPRequest) Messages.parse(request("CANCEL", branch + "x")), true))
                .isNull();
        assertThat(stack.findCancelTransaction(cancel, false)).as("no client transaction has that branch").isNull();

        // on the wire (the RI looks the INVITE up while filtering the CANCEL): it still reaches the handler
        send(request("CANCEL", "Z9HG4BK" + branch.substring(7)));
        await(() -> seen.contains("request CANCEL"));
    }

    @Test
    void aResponseWithoutClientTransactionGoesOnAsStrayAndIsCounted() throws Exception {
        VoxgateSipStack stack = (VoxgateSipStack) component.stack();
        String branch = "z9hG4bKstray" + System.nanoTime();
        send("SIP/2.0 200 OK\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + PORT + ";branch=" + branch + "\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:100@127.0.0.1>;tag=2\r\n"
                + "Call-ID: " + branch + "@t\r\nCSeq: 1 INVITE\r\nContact: <sip:100@127.0.0.1:" + peer.getLocalPort()
                + ">\r\nContent-Length: 0\r\n\r\n");
        await(() -> seen.contains("response 200 tx=false"));
        assertThat(stack.strayResponses()).isEqualTo(1);
    }

    private String request(String method, String branch) {
        return method + " sip:100@127.0.0.1:" + PORT + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + peer.getLocalPort() + ";branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:100@127.0.0.1>\r\n"
                + "Call-ID: call-" + branch.toLowerCase() + "@t\r\nCSeq: 1 " + method + "\r\n"
                + "Contact: <sip:a@127.0.0.1:" + peer.getLocalPort() + ">\r\nContent-Length: 0\r\n\r\n";
    }

    private void send(String text) throws Exception {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        peer.send(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), PORT));
    }

    private String receiveStatusLine() throws Exception {
        while (true) {
            DatagramPacket p = new DatagramPacket(new byte[65535], 65535);
            peer.receive(p);
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII);
            String line = text.substring(0, text.indexOf("\r\n"));
            if (!line.startsWith("SIP/2.0 100 ")) {
                return line;
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
