package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 3263/2782 SRV selection, against a small DNS server on 127.0.0.1 that serves fixed SRV records. */
class SrvResolverTest {
    private DnsServer dns;

    @BeforeEach
    void startDns() throws IOException {
        dns = new DnsServer(Map.of(
                "_sip._udp.pbx.example.test", List.of(new SrvResolver.Srv(10, 0, 5070, "sip1.example.test"),
                        new SrvResolver.Srv(20, 0, 5080, "sip2.example.test")),
                "_sip._tcp.pbx.example.test", List.of(new SrvResolver.Srv(5, 0, 5071, "tcp.example.test"))));
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void srvRecordOfTheLowestPriorityIsUsedForTheTransport() {
        SrvResolver resolver = new SrvResolver("127.0.0.1:" + dns.port());
        assertThat(resolver.resolve("pbx.example.test", "udp")).isEqualTo(new Destination("sip1.example.test", 5070, "udp"));
        assertThat(resolver.resolve("pbx.example.test", "tcp")).isEqualTo(new Destination("tcp.example.test", 5071, "tcp"));
    }

    @Test
    void withoutSrvRecordsTheHostItselfOn5060() {
        SrvResolver resolver = new SrvResolver("127.0.0.1:" + dns.port());
        assertThat(resolver.resolve("plain.example.test", "udp")).isEqualTo(new Destination("plain.example.test", 5060, "udp"));
    }

    @Test
    void weightsChooseAmongEqualPrioritiesAndZeroWeightOnlyAlone() {
        SrvResolver.Srv heavy = new SrvResolver.Srv(1, 100, 1, "heavy");
        SrvResolver.Srv none = new SrvResolver.Srv(1, 0, 2, "none");
        SrvResolver.Srv backup = new SrvResolver.Srv(2, 100, 3, "backup");
        for (int i = 0; i < 50; i++) {
            assertThat(SrvResolver.pick(List.of(none, heavy, backup))).contains(heavy);
        }
        assertThat(SrvResolver.pick(List.of(none, backup))).contains(none);
        assertThat(SrvResolver.pick(List.of())).isEmpty();
    }

    @Test
    void parsesJndiTextAndRefusesTheDotTarget() {
        assertThat(SrvResolver.parse("10 60 5060 sip.example.test.")).contains(new SrvResolver.Srv(10, 60, 5060, "sip.example.test"));
        assertThat(SrvResolver.parse("0 0 0 .")).isEmpty();
        assertThat(SrvResolver.parse("garbage")).isEmpty();
    }

    /** Answers SRV questions from a fixed table (NXDOMAIN otherwise); one thread, stops when closed. */
    static final class DnsServer implements AutoCloseable {
        private final DatagramSocket socket;
        private final Map<String, List<SrvResolver.Srv>> records;
        private final Thread thread;

        DnsServer(Map<String, List<SrvResolver.Srv>> records) throws SocketException {
            this.records = records;
            this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            this.thread = new Thread(this::serve, "test-dns");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            byte[] buf = new byte[512];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket q = new DatagramPacket(buf, buf.length);
                    socket.receive(q);
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
            List<SrvResolver.Srv> srv = records.getOrDefault(name, List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer header = ByteBuffer.allocate(12);
            header.putShort(id).putShort((short) (srv.isEmpty() ? 0x8183 : 0x8180)).putShort((short) 1)
                    .putShort((short) srv.size()).putShort((short) 0).putShort((short) 0);
            out.write(header.array());
            out.write(q.array(), 12, questionEnd - 12);
            for (SrvResolver.Srv r : srv) {
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
}
