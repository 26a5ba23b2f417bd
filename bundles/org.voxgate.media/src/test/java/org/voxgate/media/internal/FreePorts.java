package org.voxgate.media.internal;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** An even base port with {@code count} consecutive free UDP ports on 127.0.0.1 (tries at most 100 bases). */
final class FreePorts {
    private FreePorts() {}

    static int udpBase(int count) {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = 33000 + 2 * ThreadLocalRandom.current().nextInt(14000);
            List<DatagramSocket> probes = new ArrayList<>();
            try {
                for (int p = base; p < base + count; p++) {
                    probes.add(new DatagramSocket(p, loopback));
                }
                return base;
            } catch (SocketException busy) {
                // try another base
            } finally {
                probes.forEach(DatagramSocket::close);
            }
        }
        throw new IllegalStateException("no " + count + " free consecutive UDP ports on 127.0.0.1");
    }
}
