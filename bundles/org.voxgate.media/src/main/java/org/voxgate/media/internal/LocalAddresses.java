package org.voxgate.media.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The address of this host the kernel would use towards a destination (a connected UDP socket; nothing is
 * sent): the fallback for SDP when the relay binds the wildcard address and the core gave no address.
 */
final class LocalAddresses {
    private LocalAddresses() {}

    static String towards(String host) {
        try {
            return towards(InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            return InetAddress.getLoopbackAddress().getHostAddress();
        }
    }

    static String towards(InetAddress remote) {
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
