package org.voxgate.media.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;

/** A test UA's media: an RTP and an RTCP socket on 127.0.0.1 with blocking, bounded receives. */
final class Peer implements AutoCloseable {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    final DatagramSocket rtp;
    final DatagramSocket rtcp;

    Peer() throws SocketException {
        rtp = new DatagramSocket(0, LOOPBACK);
        rtcp = new DatagramSocket(0, LOOPBACK);
        rtp.setSoTimeout((int) Await.BOUND_MS);
        rtcp.setSoTimeout((int) Await.BOUND_MS);
    }

    /** SDP with PCMU and telephone-event 101, RTCP on our RTCP socket, and a direction attribute. */
    String sdp(String direction) {
        return sdp(rtp.getLocalPort(), direction);
    }

    String sdp(int port, String direction) {
        return "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + port + " RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n"
                + "a=fmtp:101 0-15\r\na=rtcp:" + rtcp.getLocalPort() + "\r\na=" + direction + "\r\n";
    }

    void send(int port, byte[] data) throws IOException {
        rtp.send(new DatagramPacket(data, data.length, new InetSocketAddress(LOOPBACK, port)));
    }

    void sendRtcp(int port, byte[] data) throws IOException {
        rtcp.send(new DatagramPacket(data, data.length, new InetSocketAddress(LOOPBACK, port)));
    }

    /** The next datagram on the RTP socket (fails the test after the bound). */
    Received receive() throws IOException {
        return receive(rtp);
    }

    Received receiveRtcp() throws IOException {
        return receive(rtcp);
    }

    /** The next datagram, or null if none arrives within {@code millis}. */
    Received poll(int millis) throws IOException {
        rtp.setSoTimeout(millis);
        try {
            return receive(rtp);
        } catch (SocketTimeoutException e) {
            return null;
        } finally {
            rtp.setSoTimeout((int) Await.BOUND_MS);
        }
    }

    private static Received receive(DatagramSocket socket) throws IOException {
        DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
        socket.receive(p);
        return new Received(Arrays.copyOf(p.getData(), p.getLength()), p.getPort());
    }

    static byte[] rtp(int pt, int seq, long ts, long ssrc, byte fill, int payload) {
        byte[] d = RtpRewriterTest.packet(pt, seq, ts, ssrc, payload);
        Arrays.fill(d, Rtp.HEADER, d.length, fill);
        return d;
    }

    @Override
    public void close() {
        rtp.close();
        rtcp.close();
    }

    record Received(byte[] data, int sourcePort) {
        int seq() {
            return Rtp.sequence(data);
        }

        long ts() {
            return Rtp.timestamp(data);
        }

        long ssrc() {
            return Rtp.ssrc(data);
        }

        int pt() {
            return Rtp.payloadType(data);
        }
    }
}
