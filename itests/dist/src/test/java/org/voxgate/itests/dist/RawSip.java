package org.voxgate.itests.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hand-written SIP over plain Java sockets from 127.0.0.1, for requests SIPp would not send
 * (malformed ones) and for checks of exactly which response comes back. Every read has a deadline.
 */
public final class RawSip {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private RawSip() {}

    /** One request; each instance has its own Call-ID, branch and From tag. */
    public static final class Request {
        final String method;
        String user = "100";
        String cseqMethod;
        int maxForwards = 70;
        boolean contact = true;
        final String callId = hex(8) + "@127.0.0.1";
        final String branch = "z9hG4bK" + hex(6);
        final String fromTag = hex(4);

        private Request(String method) {
            this.method = method;
            this.cseqMethod = method;
        }

        public static Request of(String method) {
            return new Request(method);
        }

        /** The CSeq header's method, when it should differ from the request line's. */
        public Request cseqMethod(String m) {
            this.cseqMethod = m;
            return this;
        }

        /** The Request-URI and To user part (the dialled number); default 100. */
        public Request to(String number) {
            this.user = number;
            return this;
        }

        public Request maxForwards(int n) {
            this.maxForwards = n;
            return this;
        }

        public Request withoutContact() {
            this.contact = false;
            return this;
        }

        String text(String transport, int localPort, int remotePort) {
            StringBuilder b = new StringBuilder()
                    .append(method).append(" sip:").append(user).append("@127.0.0.1:").append(remotePort).append(" SIP/2.0\r\n")
                    .append("Via: SIP/2.0/").append(transport).append(" 127.0.0.1:").append(localPort).append(";branch=").append(branch).append("\r\n")
                    .append("Max-Forwards: ").append(maxForwards).append("\r\n")
                    .append("From: <sip:itest@127.0.0.1:").append(localPort).append(">;tag=").append(fromTag).append("\r\n")
                    .append("To: <sip:").append(user).append("@127.0.0.1:").append(remotePort).append(">\r\n")
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: 1 ").append(cseqMethod).append("\r\n");
            if (contact) {
                b.append("Contact: <sip:itest@127.0.0.1:").append(localPort).append(";transport=").append(transport.toLowerCase(Locale.ROOT)).append(">\r\n");
            }
            return b.append("Content-Length: 0\r\n\r\n").toString();
        }

        /** ACK for a non-2xx final response to this INVITE (RFC 3261 17.1.1.3): same branch, the response's To. */
        String ack(Response r, String transport, int localPort, int remotePort) {
            return "ACK sip:" + user + "@127.0.0.1:" + remotePort + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/" + transport + " 127.0.0.1:" + localPort + ";branch=" + branch + "\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:itest@127.0.0.1:" + localPort + ">;tag=" + fromTag + "\r\n"
                    + "To: " + r.header("To") + "\r\n"
                    + "Call-ID: " + callId + "\r\n"
                    + "CSeq: 1 ACK\r\n"
                    + "Content-Length: 0\r\n\r\n";
        }
    }

    /** A parsed response: status line and headers (full or compact names, case-insensitive). */
    public record Response(int status, String reason, String raw) {
        private static final Map<String, String> COMPACT = Map.of("call-id", "i", "via", "v", "to", "t", "from", "f",
                "contact", "m", "content-length", "l", "supported", "k", "content-type", "c");

        static Response parse(String raw) {
            int eol = raw.indexOf("\r\n");
            String statusLine = eol < 0 ? raw : raw.substring(0, eol);
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].equals("SIP/2.0")) {
                throw new IllegalArgumentException("Not a SIP response: " + raw);
            }
            return new Response(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2] : "", raw);
        }

        /** Every value of that header, in order (one per header line). */
        public List<String> headers(String name) {
            String wanted = name.toLowerCase(Locale.ROOT);
            String compact = COMPACT.get(wanted);
            List<String> values = new ArrayList<>();
            for (String line : raw.split("\r\n")) {
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String h = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    if (h.equals(wanted) || h.equals(compact)) {
                        values.add(line.substring(colon + 1).trim());
                    }
                }
            }
            return values;
        }

        /** The first value of that header, or null. */
        public String header(String name) {
            String wanted = name.toLowerCase(Locale.ROOT);
            String compact = COMPACT.get(wanted);
            for (String line : raw.split("\r\n")) {
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String h = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    if (h.equals(wanted) || h.equals(compact)) {
                        return line.substring(colon + 1).trim();
                    }
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return raw;
        }
    }

    /** A UDP socket bound to 127.0.0.1:localPort talking to 127.0.0.1:remotePort. */
    public static final class Udp implements AutoCloseable {
        private final DatagramSocket socket;
        private final int localPort;
        private final int remotePort;
        /** Datagrams received while waiting for something else (e.g. retransmissions), for failure messages. */
        final List<String> unrelated = new ArrayList<>();

        public Udp(int localPort, int remotePort) throws IOException {
            this.socket = new DatagramSocket(null);
            this.socket.setReuseAddress(true);
            this.socket.bind(new InetSocketAddress(LOOPBACK, localPort));
            this.localPort = localPort;
            this.remotePort = remotePort;
        }

        public void sendRaw(byte[] data) throws IOException {
            socket.send(new DatagramPacket(data, data.length, LOOPBACK, remotePort));
        }

        /** Sends the request and returns its final response; an INVITE's non-2xx final response is ACKed. Empty if none in time. */
        public Optional<Response> exchange(Request request, Duration timeout) throws IOException {
            sendRaw(request.text("UDP", localPort, remotePort).getBytes(StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Optional<String> datagram = receive(deadline);
                if (datagram.isEmpty()) {
                    return Optional.empty();
                }
                Response r;
                try {
                    r = Response.parse(datagram.get());
                } catch (IllegalArgumentException e) {
                    unrelated.add(datagram.get());
                    continue;
                }
                if (!request.callId.equals(r.header("Call-ID"))) {
                    unrelated.add(datagram.get());
                    continue;
                }
                if (r.status() < 200) {
                    continue;
                }
                if (request.method.equals("INVITE") && r.status() >= 300) {
                    sendRaw(request.ack(r, "UDP", localPort, remotePort).getBytes(StandardCharsets.UTF_8));
                }
                return Optional.of(r);
            }
        }

        /** Any datagram arriving before the deadline. */
        Optional<String> receive(long deadlineNanos) throws IOException {
            byte[] buf = new byte[65535];
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            long left = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
            if (deadlineNanos - System.nanoTime() <= 0) {
                return Optional.empty();
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try {
                socket.receive(packet);
            } catch (SocketTimeoutException e) {
                return Optional.empty();
            } catch (java.net.PortUnreachableException e) {
                return Optional.empty();
            }
            return Optional.of(new String(buf, 0, packet.getLength(), StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** One TCP connection from 127.0.0.1 (local port taken from a range, to stay in the tests' port block). */
    public static final class Tcp implements AutoCloseable {
        private final Socket socket;
        private final int remotePort;

        public Tcp(int localPortFrom, int localPortTo, int remotePort, Duration connectTimeout) throws IOException {
            this.remotePort = remotePort;
            this.socket = connect(localPortFrom, localPortTo, remotePort, connectTimeout);
        }

        private static Socket connect(int localPortFrom, int localPortTo, int remotePort, Duration connectTimeout) throws IOException {
            IOException last = null;
            for (int port = localPortFrom; port <= localPortTo; port++) {
                Socket s = new Socket();
                try {
                    s.setReuseAddress(true);
                    s.bind(new InetSocketAddress(LOOPBACK, port));
                    s.connect(new InetSocketAddress(LOOPBACK, remotePort), (int) connectTimeout.toMillis());
                    return s;
                } catch (BindException e) {
                    // in use, or this 4-tuple still in TIME_WAIT from an earlier connection: try the next port
                    last = e;
                    s.close();
                } catch (IOException e) {
                    s.close();
                    throw e;
                }
            }
            throw new IOException("No free local TCP port in " + localPortFrom + "-" + localPortTo, last);
        }

        public int localPort() {
            return socket.getLocalPort();
        }

        /** Sends the request on this connection and returns the first final response with its Call-ID. */
        public Optional<Response> exchange(Request request, Duration timeout) throws IOException {
            socket.getOutputStream().write(request.text("TCP", localPort(), remotePort).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Optional<String> message = readMessage(deadline);
                if (message.isEmpty()) {
                    return Optional.empty();
                }
                Response r = Response.parse(message.get());
                if (request.callId.equals(r.header("Call-ID")) && r.status() >= 200) {
                    if (request.method.equals("INVITE") && r.status() >= 300) {
                        socket.getOutputStream().write(request.ack(r, "TCP", localPort(), remotePort).getBytes(StandardCharsets.UTF_8));
                    }
                    return Optional.of(r);
                }
            }
        }

        /** One framed message (headers up to the blank line, then Content-Length bytes); empty on timeout or EOF. */
        private Optional<String> readMessage(long deadlineNanos) throws IOException {
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = readByte(in, deadlineNanos);
                if (b < 0) {
                    return Optional.empty();
                }
                if (head.size() == 0 && (b == '\r' || b == '\n')) {
                    continue; // keep-alive CRLFs between messages
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String text = head.toString(StandardCharsets.UTF_8);
            Response headers = Response.parse(text);
            String length = headers.header("Content-Length");
            int n = length == null ? 0 : Integer.parseInt(length.trim());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int i = 0; i < n; i++) {
                int b = readByte(in, deadlineNanos);
                if (b < 0) {
                    return Optional.empty();
                }
                body.write(b);
            }
            return Optional.of(text + body.toString(StandardCharsets.UTF_8));
        }

        private int readByte(InputStream in, long deadlineNanos) throws IOException {
            long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return -1;
            }
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
            try {
                return in.read();
            } catch (SocketTimeoutException e) {
                return -1;
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** True if something accepts a TCP connection on 127.0.0.1:port (from a local port in the given range) within the timeout. */
    public static boolean tcpAccepts(int localPortFrom, int localPortTo, int port, Duration timeout) {
        try (Tcp ignored = new Tcp(localPortFrom, localPortTo, port, timeout)) {
            return true;
        } catch (java.net.ConnectException | SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("TCP probe of 127.0.0.1:" + port + " could not run", e);
        }
    }

    /** True if an OPTIONS over UDP from 127.0.0.1:localPort to port gets any final response within the timeout. */
    public static boolean udpAnswers(int localPort, int port, Duration timeout) {
        try (Udp udp = new Udp(localPort, port)) {
            return udp.exchange(Request.of("OPTIONS"), timeout).isPresent();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("UDP probe of 127.0.0.1:" + port + " could not run", e);
        }
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }
}
