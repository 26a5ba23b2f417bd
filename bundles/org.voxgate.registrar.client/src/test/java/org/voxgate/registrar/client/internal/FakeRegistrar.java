package org.voxgate.registrar.client.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A registrar on a plain UDP socket: every REGISTER it receives is queued and answered by a script. */
final class FakeRegistrar implements AutoCloseable {
    /** One REGISTER as received. */
    record Received(String text) {
        String header(String name) {
            for (String line : text.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String requestLine() {
            return text.substring(0, text.indexOf("\r\n"));
        }
    }

    final DatagramSocket socket;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final List<Received> all = new ArrayList<>();
    private volatile Function<Received, String> script;
    private final Thread reader;

    FakeRegistrar(Function<Received, String> script) throws SocketException {
        this.script = script;
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        reader = new Thread(this::read, "fake-registrar");
        reader.setDaemon(true);
        reader.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    void script(Function<Received, String> s) {
        script = s;
    }

    Received next() throws InterruptedException {
        Received r = received.poll(10, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no REGISTER within 10 s");
        }
        return r;
    }

    private void read() {
        byte[] buf = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            Received r = new Received(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8));
            if (!r.text.startsWith("REGISTER ")) {
                continue;
            }
            synchronized (all) {
                all.add(r);
            }
            received.add(r);
            String answer = script.apply(r);
            if (answer != null) {
                send(answer, p.getSocketAddress());
            }
        }
    }

    private void send(String text, SocketAddress to) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        try {
            socket.send(new DatagramPacket(b, b.length, to));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response to {@code r}: status line, the dialog headers copied (To with a tag), {@code extra} headers. */
    static String respond(Received r, String status, String... extra) {
        StringBuilder b = new StringBuilder("SIP/2.0 ").append(status).append("\r\n")
                .append("Via: ").append(r.header("Via")).append("\r\n")
                .append("From: ").append(r.header("From")).append("\r\n")
                .append("To: ").append(r.header("To")).append(";tag=reg1\r\n")
                .append("Call-ID: ").append(r.header("Call-ID")).append("\r\n")
                .append("CSeq: ").append(r.header("CSeq")).append("\r\n");
        for (String h : extra) {
            b.append(h).append("\r\n");
        }
        return b.append("Content-Length: 0\r\n\r\n").toString();
    }

    @Override
    public void close() {
        socket.close();
    }
}
