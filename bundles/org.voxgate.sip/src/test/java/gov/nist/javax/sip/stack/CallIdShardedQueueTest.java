package gov.nist.javax.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class CallIdShardedQueueTest {
    private static DatagramQueuedMessageDispatch datagram(String callId, int cseq, long receivedAt) {
        byte[] b = ("OPTIONS sip:a@127.0.0.1 SIP/2.0\r\nCall-ID: " + callId + "\r\nCSeq: " + cseq
                + " OPTIONS\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        return new DatagramQueuedMessageDispatch(new DatagramPacket(b, b.length, InetAddress.getLoopbackAddress(), 5060),
                receivedAt);
    }

    private static String text(DatagramQueuedMessageDispatch d) {
        return new String(d.packet.getData(), 0, d.packet.getLength(), StandardCharsets.US_ASCII);
    }

    @Test
    void everyDatagramOfACallIdGoesToOneShardAndCallIdsSpreadOverAll() {
        CallIdShardedQueue q = new CallIdShardedQueue(8, 0);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int shard = q.shardOf(datagram("call-" + i + "@127.0.0.1", 1, 0));
            for (int cseq = 2; cseq < 5; cseq++) {
                assertThat(q.shardOf(datagram("call-" + i + "@127.0.0.1", cseq, 0))).isEqualTo(shard);
            }
            used.add(shard);
        }
        assertThat(used).hasSize(8);
    }

    @Test
    void eachThreadTakesItsOwnShardInArrivalOrder() throws Exception {
        int threads = 4;
        CallIdShardedQueue q = new CallIdShardedQueue(threads, 0);
        List<List<String>> taken = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(threads);
        int calls = 40;
        int perCall = 25;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> mine = new ArrayList<>();
            taken.add(mine);
            Thread w = new Thread(() -> {
                try {
                    DatagramQueuedMessageDispatch d;
                    while ((d = q.poll(2, TimeUnit.SECONDS)) != null) {
                        mine.add(text(d));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            workers.add(w);
            w.start();
        }
        for (int cseq = 1; cseq <= perCall; cseq++) {
            for (int c = 0; c < calls; c++) {
                q.offer(datagram("c" + c, cseq, System.currentTimeMillis()));
            }
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        int total = 0;
        Set<String> seenIn = new HashSet<>();
        for (List<String> mine : taken) {
            total += mine.size();
            int[] last = new int[calls];
            Set<String> callIds = new HashSet<>();
            for (String m : mine) {
                String callId = m.substring(m.indexOf("Call-ID: ") + 9, m.indexOf("\r\nCSeq"));
                int c = Integer.parseInt(callId.substring(1));
                int cseq = Integer.parseInt(m.substring(m.indexOf("CSeq: ") + 6, m.indexOf(" OPTIONS\r\n\r\n")));
                assertThat(cseq).as("CSeq order of " + callId).isEqualTo(last[c] + 1);
                last[c] = cseq;
                callIds.add(callId);
            }
            for (String id : callIds) {
                assertThat(seenIn.add(id)).as(id + " taken by one thread only").isTrue();
            }
        }
        assertThat(total).isEqualTo(calls * perCall);
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void aDatagramThatWaitedLongerThanTheCongestionTimeoutIsDroppedWhenTaken() throws Exception {
        CallIdShardedQueue q = new CallIdShardedQueue(1, 8000);
        q.offer(datagram("old", 1, System.currentTimeMillis() - 9000));
        q.offer(datagram("new", 1, System.currentTimeMillis()));
        assertThat(q.size()).isEqualTo(2);
        assertThat(text(q.take())).contains("Call-ID: new");
        assertThat(q.dropped()).isEqualTo(1);
        assertThat(q.poll(10, TimeUnit.MILLISECONDS)).isNull();
    }
}
