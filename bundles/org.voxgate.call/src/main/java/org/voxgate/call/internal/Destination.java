package org.voxgate.call.internal;

import org.voxgate.api.registration.RegistrarDTO;
import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.spi.routing.RouteTarget;

/** Where an outbound INVITE goes: host, port (0 = default) and transport. */
record Destination(String host, int port, String transport) {

    static Destination of(RouteTarget target, SipUaSettingsDTO settings, SrvResolver dns, RegistrationStatus registrations)
            throws UnroutableException {
        return switch (target.kind()) {
            case IPV4 -> new Destination(target.host(), target.port(), target.transport());
            case DNS -> target.port() > 0 ? new Destination(target.host(), target.port(), target.transport())
                    : dns.resolve(target.host(), target.transport());
            case SIP_SERVER -> sipServer(settings.sipServer, target.transport());
            case REGISTRAR -> registrar(registrations, target.transport(), dns);
            case POTS -> throw new UnroutableException("POTS port " + target.potsPort() + ": no POTS port service");
        };
    }

    /** Where a 3xx points: its first SIP Contact. */
    static java.util.Optional<Destination> ofContact(javax.sip.message.Response r, String defaultTransport) {
        javax.sip.header.ContactHeader c = (javax.sip.header.ContactHeader) r.getHeader(javax.sip.header.ContactHeader.NAME);
        if (c == null || !(c.getAddress().getURI() instanceof javax.sip.address.SipURI uri)) {
            return java.util.Optional.empty();
        }
        String transport = uri.getTransportParam() == null ? defaultTransport : uri.getTransportParam().toLowerCase();
        return java.util.Optional.of(new Destination(uri.getHost(), Math.max(uri.getPort(), 0), transport));
    }

    /**
     * {@code session target registrar}: the registrar client's current registrar (the primary, or the secondary
     * while only it holds our lines), over the dial peer's transport; a {@code dns:} registrar without a port by
     * DNS SRV, as {@code dns:} session targets.
     */
    static Destination registrar(RegistrationStatus registrations, String transport, SrvResolver dns)
            throws UnroutableException {
        if (registrations == null) {
            throw new UnroutableException("session target registrar, but the registrar client is not running "
                    + "(feature voxgate-registrar-client)");
        }
        RegistrarDTO r = registrations.currentRegistrar().orElseThrow(
                () -> new UnroutableException("session target registrar, but sip-ua / registrar is not configured"));
        return r.dns && r.port == 0 ? dns.resolve(r.host, transport) : new Destination(r.host, r.port, transport);
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
