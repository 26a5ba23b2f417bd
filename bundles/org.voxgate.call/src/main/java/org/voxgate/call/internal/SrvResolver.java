package org.voxgate.call.internal;

import org.voxgate.sip.dns.SrvLocator;

/**
 * {@code session target dns:host} without a port (RFC 3263): the SRV record the stack's {@link SrvLocator} chooses
 * for the transport, or the host itself on 5060 (its A record) when there is none.
 */
final class SrvResolver {
    private final SrvLocator locator;

    /** @param server "host:port" of a DNS server, or null for the system's resolvers */
    SrvResolver(String server) {
        this.locator = new SrvLocator(server);
    }

    /** Where {@code host} is served for {@code transport} ("udp"/"tcp"). */
    Destination resolve(String host, String transport) {
        return locator.locate(host, transport).map(s -> new Destination(s.target(), s.port(), transport))
                .orElseGet(() -> new Destination(host, 5060, transport));
    }
}
