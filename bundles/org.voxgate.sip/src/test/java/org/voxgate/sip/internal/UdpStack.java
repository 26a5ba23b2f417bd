package org.voxgate.sip.internal;

import org.voxgate.spi.transport.ListeningPointHandle;

/** The real stack with one UDP listening point on 127.0.0.1, for tests that talk to it from a raw socket. */
final class UdpStack implements AutoCloseable {
    final SipStackComponent component = new SipStackComponent();
    private final ListeningPointHandle udp;

    UdpStack(int port) throws Exception {
        component.activate(StackConfig.defaults());
        udp = component.open("udp", "127.0.0.1", port);
    }

    @Override
    public void close() {
        udp.close();
        component.deactivate();
    }
}
