package org.voxgate.media.internal;

import java.nio.channels.DatagramChannel;

/** An RTP socket on an even port and its RTCP socket on the next port, non-blocking, bound by {@link PortPool}. */
record PortPair(int port, DatagramChannel rtp, DatagramChannel rtcp) {
    int rtcpPort() {
        return port + 1;
    }
}
