package org.voxgate.call.internal;

import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.spi.routing.RouteTarget;

/** Where an outbound INVITE goes: host, port (0 = default) and transport. */
record Destination(String host, int port, String transport) {

    static Destination of(RouteTarget target, SipUaSettingsDTO settings) throws UnroutableException {
        return switch (target.kind()) {
            case IPV4, DNS -> new Destination(target.host(), target.port(), target.transport());
            case SIP_SERVER -> sipServer(settings.sipServer, target.transport());
            case REGISTRAR -> throw new UnroutableException("session target registrar: the registrar client is not available yet");
            case POTS -> throw new UnroutableException("POTS port " + target.potsPort() + ": no POTS port service");
        };
    }

    /** {@code sip-ua / sip-server ipv4:A[:port] | dns:host[:port]}. */
    static Destination sipServer(String server, String transport) throws UnroutableException {
        if (server == null) {
            throw new UnroutableException("session target sip-server, but sip-ua / sip-server is not configured");
        }
        String spec = server.startsWith("ipv4:") ? server.substring(5) : server.startsWith("dns:") ? server.substring(4) : server;
        int colon = spec.lastIndexOf(':');
        if (colon > 0) {
            try {
                return new Destination(spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)), transport);
            } catch (NumberFormatException e) {
                throw new UnroutableException("sip-ua / sip-server " + server + ": bad port");
            }
        }
        return new Destination(spec, 0, transport);
    }

    @Override
    public String toString() {
        return host + (port > 0 ? ":" + port : "") + ";transport=" + transport;
    }
}
