package gov.nist.javax.sip.stack;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queue between the UDP receiving thread and the RI's channel threads, split into one queue per channel thread
 * and filled by the datagram's Call-ID: every datagram of one Call-ID is processed by the same thread, in the order
 * it arrived. The RI's single shared queue lets any free thread take the next datagram, so two datagrams of one
 * dialog that arrive a millisecond apart can be handled in the opposite order: a NOTIFY (CSeq 1) answered "500
 * Request out of order" because the SUBSCRIBE (CSeq 2) behind it was handled first, a 180 handled after its 200, a
 * retransmitted INVITE racing the first one. See docs/adr/0008.
 * <p>
 * The channel threads only call {@link #take} and {@link #poll(long, TimeUnit)} (RI 1.3.0-91
 * {@code UDPMessageChannel.run}); each thread is given its own shard the first time it takes. A datagram that waited
 * longer than the stack's congestion timeout is dropped when it is taken, which is what the RI's
 * {@code BlockingQueueDispatchAuditor} does for its queue.
 */
public final class CallIdShardedQueue extends AbstractQueue<DatagramQueuedMessageDispatch>
        implements BlockingQueue<DatagramQueuedMessageDispatch> {
    private final List<LinkedBlockingQueue<DatagramQueuedMessageDispatch>> shards;
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadLocal<LinkedBlockingQueue<DatagramQueuedMessageDispatch>> own;
    private final long maxWaitMillis;
    private final AtomicLong dropped = new AtomicLong();

    /**
     * @param shards        one per channel thread
     * @param maxWaitMillis a datagram older than this when taken is dropped (0: never)
     */
    public CallIdShardedQueue(int shards, long maxWaitMillis) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards " + shards);
        }
        List<LinkedBlockingQueue<DatagramQueuedMessageDispatch>> list = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            list.add(new LinkedBlockingQueue<>());
        }
        this.shards = List.copyOf(list);
        this.own = ThreadLocal.withInitial(() -> this.shards.get(Math.floorMod(threads.getAndIncrement(), shards)));
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Which shard a datagram goes to: by its Call-ID, or by its source port when it has none. */
    int shardOf(DatagramQueuedMessageDispatch d) {
        int hash = RawCallId.hash(d.packet.getData(), d.packet.getOffset(), d.packet.getLength());
        if (hash == RawCallId.NONE) {
            hash = d.packet.getPort();
        }
        return Math.floorMod(hash * 0x9E3779B9, shards.size());
    }

    /** Datagrams dropped because they waited longer than the congestion timeout. */
    public long dropped() {
        return dropped.get();
    }

    /**
     * How long the oldest datagram still waiting for a channel thread has waited, in ms at {@code nowMillis} (the
     * clock of {@link DatagramQueuedMessageDispatch#getReceptionTime}); 0 when every shard is empty. Each shard is
     * a FIFO, so its head is its oldest.
     */
    public long oldestWaitMillis(long nowMillis) {
        long oldest = 0;
        for (LinkedBlockingQueue<DatagramQueuedMessageDispatch> q : shards) {
            DatagramQueuedMessageDispatch head = q.peek();
            if (head != null) {
                oldest = Math.max(oldest, nowMillis - head.getReceptionTime());
            }
        }
        return oldest;
    }

    @Override
    public boolean offer(DatagramQueuedMessageDispatch d) {
        return shards.get(shardOf(d)).offer(d);
    }

    @Override
    public void put(DatagramQueuedMessageDispatch d) {
        offer(d);
    }

    @Override
    public boolean offer(DatagramQueuedMessageDispatch d, long timeout, TimeUnit unit) {
        return offer(d);
    }

    @Override
    public DatagramQueuedMessageDispatch take() throws InterruptedException {
        LinkedBlockingQueue<DatagramQueuedMessageDispatch> q = own.get();
        DatagramQueuedMessageDispatch d;
        do {
            d = q.take();
        } while (tooOld(d));
        return d;
    }

    @Override
    public DatagramQueuedMessageDispatch poll(long timeout, TimeUnit unit) throws InterruptedException {
        LinkedBlockingQueue<DatagramQueuedMessageDispatch> q = own.get();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        DatagramQueuedMessageDispatch d;
        do {
            d = q.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (d != null && tooOld(d));
        return d;
    }

    @Override
    public DatagramQueuedMessageDispatch poll() {
        DatagramQueuedMessageDispatch d;
        do {
            d = own.get().poll();
        } while (d != null && tooOld(d));
        return d;
    }

    @Override
    public DatagramQueuedMessageDispatch peek() {
        return own.get().peek();
    }

    private boolean tooOld(DatagramQueuedMessageDispatch d) {
        if (maxWaitMillis > 0 && System.currentTimeMillis() - d.getReceptionTime() > maxWaitMillis) {
            dropped.incrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public int size() {
        int n = 0;
        for (LinkedBlockingQueue<DatagramQueuedMessageDispatch> q : shards) {
            n += q.size();
        }
        return n;
    }

    @Override
    public boolean isEmpty() {
        for (LinkedBlockingQueue<DatagramQueuedMessageDispatch> q : shards) {
            if (!q.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterator<DatagramQueuedMessageDispatch> iterator() {
        List<DatagramQueuedMessageDispatch> all = new ArrayList<>();
        shards.forEach(all::addAll);
        return List.copyOf(all).iterator();
    }

    @Override
    public int remainingCapacity() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int drainTo(Collection<? super DatagramQueuedMessageDispatch> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public int drainTo(Collection<? super DatagramQueuedMessageDispatch> c, int max) {
        int n = 0;
        for (LinkedBlockingQueue<DatagramQueuedMessageDispatch> q : shards) {
            n += q.drainTo(c, max - n);
        }
        return n;
    }
}
