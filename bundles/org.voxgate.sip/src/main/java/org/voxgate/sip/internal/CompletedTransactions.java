package org.voxgate.sip.internal;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import gov.nist.javax.sip.header.Via;

/**
 * Non-INVITE server transactions over UDP after their final response, kept as little as RFC 3261 17.2.2 needs: the
 * response's bytes, to answer a retransmission of the request until Timer J (64·T1) would have fired. The RI keeps
 * the whole transaction (the parsed request and response, their bytes, a timer task) for those 32 s; at thousands of
 * REGISTERs or BYEs a second that was hundreds of MB of live heap and the RI's transaction limit (docs/adr/0009).
 * <p>
 * Keyed as RFC 3261 17.2.3 matches a request to a server transaction: the top Via's branch (RFC 3261 branches only,
 * compared case-insensitively as the RI does), its sent-by and the method. Every entry lives the same time, so they
 * expire in insertion order and each put removes the expired ones at the head.
 */
final class CompletedTransactions {
    /** Timer J for UDP: 64·T1 with T1 = 500 ms. */
    static final long TIMER_J_NANOS = TimeUnit.SECONDS.toNanos(32);

    private record Entry(byte[] response, long expiresAt) {}

    /**
     * A class, not a record: the queue's remove(head) compares by equals, and a record's compares the key strings
     * (JFR: 3.6% of a REGISTER's samples); the entry at the head is the very object peeked.
     */
    private static final class Expiry {
        final String key;
        final long expiresAt;

        Expiry(String key, long expiresAt) {
            this.key = key;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final Queue<Expiry> order = new ConcurrentLinkedQueue<>();
    private final long lingerNanos;
    private final AtomicLong answered = new AtomicLong();

    CompletedTransactions(long lingerNanos) {
        this.lingerNanos = lingerNanos;
    }

    /** The key of a request's transaction, or null when its branch is not an RFC 3261 one (then it is not kept). */
    static String key(Via top, String method) {
        if (top == null || method == null) {
            return null;
        }
        String branch = top.getBranch();
        if (!VoxgateSipStack.isRfc3261(branch)) {
            return null;
        }
        return branch.toLowerCase() + ' ' + top.getHost() + ':' + top.getPort() + ' ' + method;
    }

    void put(String key, byte[] response, long now) {
        expire(now);
        long expiresAt = now + lingerNanos;
        byKey.put(key, new Entry(response, expiresAt));
        order.add(new Expiry(key, expiresAt));
    }

    /** The response to send again for a retransmission with this key, or null. */
    byte[] response(String key, long now) {
        Entry e = byKey.get(key);
        if (e == null || e.expiresAt - now < 0) {
            return null;
        }
        answered.incrementAndGet();
        return e.response;
    }

    void expire(long now) {
        Expiry head;
        while ((head = order.peek()) != null && head.expiresAt - now < 0) {
            if (order.remove(head)) {
                long at = head.expiresAt;
                byKey.computeIfPresent(head.key, (k, e) -> e.expiresAt == at ? null : e);
            }
        }
    }

    int size() {
        return byKey.size();
    }

    /** Retransmissions answered from here since the stack started. */
    long answered() {
        return answered.get();
    }
}
