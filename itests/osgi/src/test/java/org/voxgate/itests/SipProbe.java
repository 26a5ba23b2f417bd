package org.voxgate.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Sends one raw SIP request over UDP or TCP to 127.0.0.1 and returns the first response (or null). */
final class SipProbe {
    static final int PORT = 25460;

    private SipProbe() {}

    static String options(String transport, String cseqMethod) {
        String branch = "z9hG4bK" + UUID.randomUUID().toString().replace("-", "");
        return "OPTIONS sip:127.0.0.1:" + PORT + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " 127.0.0.1:25499;rport;branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:probe@127.0.0.1>;tag=" + branch.substring(7, 15) + "\r\n"
                + "To: <sip:127.0.0.1:" + PORT + ">\r\n"
                + "Call-ID: " + UUID.randomUUID() + "@127.0.0.1\r\n"
                + "CSeq: 1 " + cseqMethod + "\r\n"
                + "Content-Length: 0\r\n\r\n";
    }

    static String udp(String request, int timeoutMs) throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(timeoutMs);
            byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), PORT));
            byte[] buffer = new byte[65535];
            DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(reply);
            } catch (SocketTimeoutException e) {
                return null;
            }
            return new String(buffer, 0, reply.getLength(), StandardCharsets.UTF_8);
        }
    }

    static String tcp(String request, int timeoutMs) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), timeoutMs);
            socket.setSoTimeout(timeoutMs);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder sb = new StringBuilder();
            byte[] buffer = new byte[4096];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sb.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (sb.indexOf("\r\n\r\n") >= 0) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                return sb.length() == 0 ? null : sb.toString();
            }
            return sb.toString();
        } catch (java.net.ConnectException e) {
            return null;
        }
    }

    /** Status code of a response, or -1 for none. */
    static int status(String response) {
        if (response == null || !response.startsWith("SIP/2.0 ")) {
            return -1;
        }
        return Integer.parseInt(response.substring(8, 11));
    }

    /** Polls OPTIONS over UDP until it gets 200 or the deadline passes; returns the ms it took, or -1. */
    static long awaitOptions200(long deadlineMs) throws IOException {
        return awaitOptions200(deadlineMs, 100);
    }

    /**
     * The same, each OPTIONS waiting {@code perTryMs} for its answer: a test that counts messages afterwards uses
     * a long wait, so that no earlier OPTIONS is still being answered when it starts counting (a slow machine).
     */
    static long awaitOptions200(long deadlineMs, int perTryMs) throws IOException {
        long start = System.nanoTime();
        long end = start + deadlineMs * 1_000_000L;
        while (System.nanoTime() < end) {
            if (status(udp(options("UDP", "OPTIONS"), perTryMs)) == 200) {
                return (System.nanoTime() - start) / 1_000_000L;
            }
        }
        return -1;
    }
}
