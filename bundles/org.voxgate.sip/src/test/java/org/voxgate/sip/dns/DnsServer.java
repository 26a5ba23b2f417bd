package org.voxgate.sip.dns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DNS server on 127.0.0.1 that answers SRV questions from a fixed table (NXDOMAIN otherwise); one thread, stops
 * when closed; counts the questions. Shared with the tests of the call core and the registrar client (test-jar).
 */
public final class DnsServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final Map<String, List<SrvLocator.Srv>> records;
    private final Thread thread;
    public final AtomicInteger questions = new AtomicInteger();

    public DnsServer(Map<String, List<SrvLocator.Srv>> records) throws SocketException {
        this.records = records;
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "test-dns");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buf = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket q = new DatagramPacket(buf, buf.length);
                socket.receive(q);
                questions.incrementAndGet();
                byte[] answer = answer(ByteBuffer.wrap(q.getData(), 0, q.getLength()));
                socket.send(new DatagramPacket(answer, answer.length, q.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    private byte[] answer(ByteBuffer q) throws IOException {
        short id = q.getShort();
        q.position(12);
        List<String> labels = new ArrayList<>();
        int len;
        while ((len = q.get() & 0xff) != 0) {
            byte[] label = new byte[len];
            q.get(label);
            labels.add(new String(label, StandardCharsets.US_ASCII));
        }
        int questionEnd = q.position() + 4;
        String name = String.join(".", labels).toLowerCase();
        List<SrvLocator.Srv> srv = records.getOrDefault(name, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer header = ByteBuffer.allocate(12);
        header.putShort(id).putShort((short) (srv.isEmpty() ? 0x8183 : 0x8180)).putShort((short) 1)
                .putShort((short) srv.size()).putShort((short) 0).putShort((short) 0);
        out.write(header.array());
        out.write(q.array(), 12, questionEnd - 12);
        for (SrvLocator.Srv r : srv) {
            byte[] target = encode(r.target());
            ByteBuffer rr = ByteBuffer.allocate(12 + 6 + target.length);
            rr.putShort((short) 0xC00C).putShort((short) 33).putShort((short) 1).putInt(60)
                    .putShort((short) (6 + target.length)).putShort((short) r.priority()).putShort((short) r.weight())
                    .putShort((short) r.port()).put(target);
            out.write(rr.array());
        }
        return out.toByteArray();
    }

    private static byte[] encode(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String label : name.split("\\.")) {
            out.write(label.length());
            out.writeBytes(label.getBytes(StandardCharsets.US_ASCII));
        }
        out.write(0);
        return out.toByteArray();
    }

    @Override
    public void close() {
        socket.close();
    }
}
