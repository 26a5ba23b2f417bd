package org.voxgate.registrar.client.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our address as the registrar should see it in Via and Contact: the listening point's, or, when that is the
 * wildcard, the one the kernel would use towards the registrar (a connected UDP socket; nothing is sent).
 * Cached per registrar address. (The call core has the same rule for its legs.)
 */
final class LocalAddress {
    private final Map<InetAddress, String> cache = new ConcurrentHashMap<>();

    String forListeningPoint(String boundAddress, String towards) throws UnknownHostException {
        if (boundAddress != null && !InetAddress.getByName(boundAddress).isAnyLocalAddress()) {
            return boundAddress;
        }
        InetAddress remote = InetAddress.getByName(towards);
        return cache.computeIfAbsent(remote, LocalAddress::probe);
    }

    private static String probe(InetAddress remote) {
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
