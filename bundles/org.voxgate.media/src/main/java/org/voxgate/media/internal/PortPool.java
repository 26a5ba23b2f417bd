package org.voxgate.media.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.BitSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.voxgate.spi.media.MediaException;

/**
 * RTP/RTCP port pairs from a range: RTP on an even port, RTCP on the next (odd) one, both within
 * {@code [min, max]}. Allocation goes round the range from where the last one ended, so a port just released is
 * the last to be taken again (late packets of an old call do not reach a new one). A pair another process holds
 * is skipped. The range can change at run time; pairs handed out earlier are released into the same set.
 */
final class PortPool {
    private static final Logger LOG = Logger.getLogger(PortPool.class.getName());
    private final BitSet used = new BitSet(65536);
    private int first;
    private int last;
    private int cursor;
    private int inUse;
    /** Pairs the open-file limit leaves room for (see {@link OpenFileLimit}). */
    private int cap = Integer.MAX_VALUE;

    PortPool(int min, int max) {
        range(min, max);
    }

    /**
     * Sets the range: RTP ports are the even ports {@code p} with {@code min <= p} and {@code p + 1 <= max}.
     *
     * @throws IllegalArgumentException when the range holds no pair
     */
    synchronized void range(int min, int max) {
        int f = min + (min & 1);
        int l = (max - 1) - ((max - 1) & 1);
        if (min < 1 || max > 65535 || f > l) {
            throw new IllegalArgumentException("RTP port range " + min + "-" + max + " holds no even/odd port pair");
        }
        first = f;
        last = l;
        if (cursor < first || cursor > last) {
            cursor = first;
        }
    }

    /** At most {@code pairs} pairs in use at once (the open-file limit's share); pairs in use stay. */
    synchronized void cap(int pairs) {
        cap = pairs;
    }

    synchronized int cap() {
        return cap;
    }

    synchronized int pairs() {
        return (last - first) / 2 + 1;
    }

    synchronized int inUse() {
        return inUse;
    }

    synchronized String describe() {
        return first + "-" + (last + 1);
    }

    /**
     * Binds a free pair on {@code address} (null = the wildcard address).
     *
     * @throws MediaException {@link MediaException.Reason#NO_PORTS} when every pair is taken
     */
    PortPair allocate(InetAddress address) throws MediaException {
        int tries = pairs();
        for (int i = 0; i < tries; i++) {
            int port = reserve();
            if (port < 0) {
                break;
            }
            try {
                return bind(address, port);
            } catch (IOException e) {
                LOG.log(Level.FINE, () -> "RTP port pair " + port + " not available: " + e.getMessage());
                release(port);
                if (String.valueOf(e.getMessage()).contains("Too many open files")) {
                    break; // every other pair would fail the same way
                }
            }
        }
        if (inUse() >= cap()) {
            throw new MediaException(MediaException.Reason.NO_PORTS, "no RTP port pair: " + inUse() + " pairs in use, "
                    + "all the open-file limit leaves room for; raise the limit (ulimit -n)");
        }
        throw new MediaException(MediaException.Reason.NO_PORTS, "no free RTP port pair in " + describe() + " ("
                + inUse() + " of " + pairs() + " pairs in use); widen rtp.port.min/rtp.port.max");
    }

    /** Marks the next unused even port as used; -1 when all are used. */
    private synchronized int reserve() {
        if (inUse >= cap) {
            return -1;
        }
        int n = pairs();
        for (int i = 0; i < n; i++) {
            int port = cursor;
            cursor = cursor + 2 > last ? first : cursor + 2;
            if (!used.get(port)) {
                used.set(port);
                inUse++;
                return port;
            }
        }
        return -1;
    }

    /** Returns a pair's port to the pool (its channels must be closed by then). Idempotent. */
    synchronized void release(int port) {
        if (used.get(port)) {
            used.clear(port);
            inUse--;
        }
    }

    private static PortPair bind(InetAddress address, int port) throws IOException {
        DatagramChannel rtp = open(address);
        DatagramChannel rtcp = null;
        try {
            rtp.bind(new InetSocketAddress(address, port)).configureBlocking(false);
            rtcp = open(address);
            rtcp.bind(new InetSocketAddress(address, port + 1)).configureBlocking(false);
            return new PortPair(port, rtp, rtcp);
        } catch (IOException | RuntimeException e) {
            rtp.close();
            if (rtcp != null) {
                rtcp.close();
            }
            throw e instanceof IOException io ? io : new IOException(e.toString(), e);
        }
    }

    private static DatagramChannel open(InetAddress address) throws IOException {
        if (address == null) {
            return DatagramChannel.open(); // the wildcard: dual-stack where the host has IPv6
        }
        return DatagramChannel.open(address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
    }
}
