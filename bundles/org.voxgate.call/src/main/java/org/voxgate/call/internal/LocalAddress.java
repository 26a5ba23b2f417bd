package org.voxgate.call.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The address of this host that the kernel would use towards a destination: what goes into Via and
 * Contact when the listening points are bound to the wildcard address (0.0.0.0 is no address to reply to).
 * Found with a connected UDP socket (no packet is sent) and cached per destination address.
 */
final class LocalAddress {
    private final Map<InetAddress, String> cache = new ConcurrentHashMap<>();

    /** Our address as a peer at {@code towards} should see it: the listening point's, unless that is the wildcard. */
    String forListeningPoint(javax.sip.ListeningPoint lp, String towards) throws UnknownHostException {
        String bound = lp.getIPAddress();
        if (bound != null && !InetAddress.getByName(bound).isAnyLocalAddress()) {
            return bound;
        }
        return towards(towards);
    }

    /** @throws UnknownHostException when {@code host} does not resolve */
    String towards(String host) throws UnknownHostException {
        InetAddress remote = InetAddress.getByName(host);
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
