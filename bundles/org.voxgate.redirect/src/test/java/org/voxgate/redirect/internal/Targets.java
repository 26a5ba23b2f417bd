package org.voxgate.redirect.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.util.converter.Converters;
import org.voxgate.spi.call.RouteContext;
import org.voxgate.spi.routing.InboundPeer;
import org.voxgate.spi.routing.RouteTarget;
import org.voxgate.spi.routing.RouteTarget.Kind;

/** Builders for the SPI records the tests feed to the interceptor. */
final class Targets {
    private Targets() {}

    static Ip2ipRedirect.Config config(java.util.Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(Ip2ipRedirect.Config.class);
    }

    static RouteTarget ipv4(int tag, String host, int matchedDigits) {
        return target(tag, Kind.IPV4, host, 0, "udp", matchedDigits, false);
    }

    static RouteTarget target(int tag, Kind kind, String host, int port, String transport, int matchedDigits,
            boolean redirectIp2ip) {
        return new RouteTarget(tag, kind, host, port, transport, false, "6001", kind == Kind.POTS ? "0/0/1" : null,
                matchedDigits, 0, false, redirectIp2ip, List.of(), List.of());
    }

    static InboundPeer inbound(boolean redirectIp2ip) {
        return new InboundPeer(100, InboundPeer.Criterion.INCOMING_CALLED_NUMBER, redirectIp2ip, List.of(), List.of());
    }

    static RouteContext sipCall(RouteTarget... targets) {
        return new RouteContext("5001", "6001", true, Optional.empty(), List.of(targets));
    }

    static RouteContext sipCall(InboundPeer inbound, RouteTarget... targets) {
        return new RouteContext("5001", "6001", true, Optional.of(inbound), List.of(targets));
    }
}
