package org.voxgate.media.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One relay thread: a selector over the sockets of many sessions (never a thread per call). Each wake-up runs the
 * queued registration/close tasks, reads at most {@link #MAX_READS} datagrams per ready socket (fairness between
 * calls), and now and then checks the sessions for media inactivity.
 */
final class RelayLoop implements Runnable {
    private static final Logger LOG = Logger.getLogger(RelayLoop.class.getName());
    /** Largest datagram relayed; a bigger one is truncated by the kernel and dropped. */
    static final int MAX_DATAGRAM = 4096;
    static final int MAX_READS = 64;

    private record Endpoint(Stream stream, StreamLeg leg, boolean rtcp) {}

    private final Selector selector;
    private final Thread thread;
    private final PortPool pool;
    private final LongSupplier inactivityNanos;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Set<RelaySession> sessions = ConcurrentHashMap.newKeySet();
    private final ByteBuffer buffer = ByteBuffer.allocate(MAX_DATAGRAM);
    private final short[] samples = new short[MAX_DATAGRAM];
    private volatile boolean running = true;

    RelayLoop(String name, PortPool pool, LongSupplier inactivityNanos) throws IOException {
        this.selector = Selector.open();
        this.pool = pool;
        this.inactivityNanos = inactivityNanos;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
    }

    void start() {
        thread.start();
    }

    int sessions() {
        return sessions.size();
    }

    void add(RelaySession session) {
        sessions.add(session);
    }

    /** Starts receiving on a new stream's four sockets. */
    void register(Stream stream) {
        execute(() -> {
            for (StreamLeg leg : List.of(stream.a, stream.b)) {
                register(leg.ports.rtp(), new Endpoint(stream, leg, false));
                register(leg.ports.rtcp(), new Endpoint(stream, leg, true));
            }
        });
    }

    private void register(DatagramChannel channel, Endpoint endpoint) {
        try {
            channel.register(selector, SelectionKey.OP_READ, endpoint);
        } catch (ClosedChannelException e) {
            // the session closed before its stream was registered
        }
    }

    /** Closes the streams' sockets on the relay thread, then gives their ports back to the pool. */
    void unregister(RelaySession session, List<Stream> streams) {
        sessions.remove(session);
        execute(() -> {
            streams.forEach(RelayLoop::closeSockets);
            try {
                selector.selectNow(); // deregisters the cancelled keys: the ports are really free now
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "selectNow", e);
            }
            streams.forEach(s -> {
                pool.release(s.a.ports.port());
                pool.release(s.b.ports.port());
            });
        });
    }

    /** Runs {@code task} on the relay thread; inline when the loop has stopped. */
    void execute(Runnable task) {
        if (!running) {
            task.run();
            return;
        }
        tasks.add(task);
        selector.wakeup();
        if (!running) {
            runTasks(); // stop() raced with us: make sure the task runs
        }
    }

    @Override
    public void run() {
        long nextCheck = System.nanoTime();
        while (running) {
            try {
                long interval = checkInterval();
                selector.select(Math.max(1, interval / 1_000_000));
                runTasks();
                long now = System.nanoTime();
                Set<SelectionKey> ready = selector.selectedKeys();
                for (Iterator<SelectionKey> it = ready.iterator(); it.hasNext();) {
                    SelectionKey key = it.next();
                    it.remove();
                    read(key, now);
                }
                if (now - nextCheck >= 0) {
                    nextCheck = now + interval;
                    long timer = inactivityNanos.getAsLong();
                    for (RelaySession s : sessions) {
                        s.checkInactivity(now, timer);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "media relay loop " + thread.getName() + ": " + e, e);
            }
        }
    }

    /** How often inactivity is checked: a quarter of the timer, between 20 ms and 1 s. */
    private long checkInterval() {
        long timer = inactivityNanos.getAsLong();
        return timer <= 0 ? 1_000_000_000L : Math.max(20_000_000L, Math.min(1_000_000_000L, timer / 4));
    }

    private void read(SelectionKey key, long now) {
        Endpoint e = (Endpoint) key.attachment();
        DatagramChannel channel = (DatagramChannel) key.channel();
        try {
            for (int i = 0; i < MAX_READS && key.isValid(); i++) {
                buffer.clear();
                InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
                if (source == null) {
                    return;
                }
                int len = buffer.position();
                if (len >= MAX_DATAGRAM) {
                    e.leg().dropped.incrementAndGet();
                    continue;
                }
                e.stream().received(e.leg(), e.rtcp(), buffer.array(), len, source, now, samples);
            }
        } catch (IOException | CancelledKeyException ex) {
            LOG.log(Level.FINE, () -> "media socket " + e.leg().ports.port() + ": " + ex);
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "media relay task failed", e);
            }
        }
    }

    /** Stops the thread, then runs what is still queued (closing sockets, releasing ports) here. */
    void stop() {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runTasks();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing selector", e);
        }
    }

    static void closeSockets(Stream s) {
        closeSockets(s.a.ports);
        closeSockets(s.b.ports);
    }

    static void closeSockets(PortPair p) {
        close(p.rtp());
        close(p.rtcp());
    }

    private static void close(DatagramChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing RTP socket", e);
        }
    }
}
