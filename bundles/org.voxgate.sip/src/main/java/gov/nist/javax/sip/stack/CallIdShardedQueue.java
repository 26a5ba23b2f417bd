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
import java.util.concurrent.locks.ReentrantLock;

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
 * <p>
 * A channel thread holds its shard's lock from taking a datagram until it comes back for the next one, i.e. while
 * the RI handles it. {@link #holdBack} takes the same lock from another thread: the datagrams of that Call-ID then
 * wait until {@link #release}. The stack sends a final response to an INVITE that way, so an ACK crossing it is not
 * handled before the RI has armed the response's retransmission timer (docs/adr/0010).
 */
public final class CallIdShardedQueue extends AbstractQueue<DatagramQueuedMessageDispatch>
        implements BlockingQueue<DatagramQueuedMessageDispatch> {
    private final List<LinkedBlockingQueue<DatagramQueuedMessageDispatch>> shards;
    /** Per shard: held by its channel thread while it handles a datagram, or by a sender holding it back. */
    private final List<ReentrantLock> handling;
    private final AtomicInteger threads = new AtomicInteger();
    private final ThreadLocal<Integer> own;
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
        List<ReentrantLock> locks = new ArrayList<>(shards);
        for (int i = 0; i < shards; i++) {
            list.add(new LinkedBlockingQueue<>());
            locks.add(new ReentrantLock());
        }
        this.shards = List.copyOf(list);
        this.handling = List.copyOf(locks);
        this.own = ThreadLocal.withInitial(() -> Math.floorMod(threads.getAndIncrement(), shards));
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Which shard a datagram goes to: by its Call-ID, or by its source port when it has none. */
    int shardOf(DatagramQueuedMessageDispatch d) {
        int hash = RawCallId.hash(d.packet.getData(), d.packet.getOffset(), d.packet.getLength());
        if (hash == RawCallId.NONE) {
            hash = d.packet.getPort();
        }
        return shardOf(hash);
    }

    private int shardOf(int callIdHash) {
        return Math.floorMod(callIdHash * 0x9E3779B9, shards.size());
    }

    /**
     * Holds back the datagrams of {@code callId}: until {@link #release}, the channel thread of its shard takes up
     * none (it finishes the one it is handling first). Reentrant; a channel thread may hold back its own shard.
     *
     * @return false, holding nothing, when the shard stayed busy for {@code timeoutMillis}
     */
    public boolean holdBack(String callId, long timeoutMillis) throws InterruptedException {
        return handling.get(shardOf(RawCallId.hash(callId))).tryLock(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Ends one {@link #holdBack} of {@code callId} that returned true. */
    public void release(String callId) {
        handling.get(shardOf(RawCallId.hash(callId))).unlock();
    }

    /** Datagrams dropped because they waited longer than the congestion timeout. */
    public long dropped() {
        return dropped.get();
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
        int shard = finishedOne();
        LinkedBlockingQueue<DatagramQueuedMessageDispatch> q = shards.get(shard);
        DatagramQueuedMessageDispatch d;
        do {
            d = q.take();
        } while (tooOld(d));
        return handle(shard, d);
    }

    @Override
    public DatagramQueuedMessageDispatch poll(long timeout, TimeUnit unit) throws InterruptedException {
        int shard = finishedOne();
        LinkedBlockingQueue<DatagramQueuedMessageDispatch> q = shards.get(shard);
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        DatagramQueuedMessageDispatch d;
        do {
            d = q.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (d != null && tooOld(d));
        return handle(shard, d);
    }

    @Override
    public DatagramQueuedMessageDispatch poll() {
        int shard = finishedOne();
        DatagramQueuedMessageDispatch d;
        do {
            d = shards.get(shard).poll();
        } while (d != null && tooOld(d));
        return handle(shard, d);
    }

    @Override
    public DatagramQueuedMessageDispatch peek() {
        return shards.get(own.get()).peek();
    }

    /** The calling channel thread is back for a datagram: the one it handled is done. Returns its shard. */
    private int finishedOne() {
        int shard = own.get();
        ReentrantLock lock = handling.get(shard);
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
        return shard;
    }

    /** The calling channel thread handles {@code d} (if any) once no sender holds its shard back. */
    private DatagramQueuedMessageDispatch handle(int shard, DatagramQueuedMessageDispatch d) {
        if (d != null) {
            handling.get(shard).lock();
        }
        return d;
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
