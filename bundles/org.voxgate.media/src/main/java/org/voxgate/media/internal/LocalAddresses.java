package org.voxgate.media.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The address of this host the kernel would use towards a destination (a connected UDP socket; nothing is
 * sent): the fallback for SDP when the relay binds the wildcard address and the core gave no address.
 * <p>
 * Answers are kept for {@link #KEEP_NANOS} per destination address: asking the kernel opens, connects and closes a
 * socket (five system calls) for every offer and answer of every call, while routes change rarely; a route change
 * is followed within that time.
 */
final class LocalAddresses {
    static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** Destinations remembered at most; beyond, the table starts again (a scan by a peer cannot grow it). */
    static final int MAX_KEPT = 4096;
    private static final Map<InetAddress, Kept> KEPT = new ConcurrentHashMap<>();

    private record Kept(String local, long at) {}

    private LocalAddresses() {}

    static String towards(String host) {
        try {
            return towards(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    static String towards(InetAddress remote) {
        long now = System.nanoTime();
        Kept k = KEPT.get(remote);
        if (k != null && now - k.at < KEEP_NANOS) {
            return k.local;
        }
        String local = askKernel(remote);
        if (KEPT.size() >= MAX_KEPT) {
            KEPT.clear();
        }
        KEPT.put(remote, new Kept(local, now));
        return local;
    }

    private static String askKernel(InetAddress remote) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(remote, 9));
            InetAddress local = s.getLocalAddress();
            if (local == null || local.isAnyLocalAddress()) {
                return remote.isLoopbackAddress() ? remote.getHostAddress() : InetAddress.getLocalHost().getHostAddress();
            }
            return local.getHostAddress();
        } catch (IOException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }
}
