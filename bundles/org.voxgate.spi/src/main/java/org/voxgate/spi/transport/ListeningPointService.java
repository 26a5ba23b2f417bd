package org.voxgate.spi.transport;

import java.io.IOException;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the SIP stack bundle; used by transport plug-ins to open and close listening points. */
@ProviderType
public interface ListeningPointService {

    /**
     * Opens a listening point and attaches it to the stack.
     *
     * @param transport {@code udp} or {@code tcp} (case-insensitive)
     * @param address a literal IP address to bind ({@code 0.0.0.0} for all interfaces)
     * @param port 1-65535
     * @return a handle whose {@link ListeningPointHandle#close()} removes the listening point again
     * @throws IOException when the address/port cannot be bound or the transport is unknown
     */
    ListeningPointHandle open(String transport, String address, int port) throws IOException;
}
