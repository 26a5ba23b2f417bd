package org.voxgate.registrar.server.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.routing.RouteTarget;

/**
 * The bindings of a called number as the call core's route targets: highest q first, equal q in the store's order
 * (most recently refreshed first), each contact URI taken apart into host, port, transport and user.
 */
final class ContactTargets {
    private static final Logger LOG = Logger.getLogger(ContactTargets.class.getName());
    private static final Comparator<Binding> BY_Q = Comparator.comparingDouble((Binding b) -> b.q()).reversed();

    private ContactTargets() {}

    /** The order calls try the bindings (a stable sort: ties keep the store's most-recent-first order). */
    static List<Binding> huntOrder(List<Binding> bindings) {
        List<Binding> sorted = new ArrayList<>(bindings);
        sorted.sort(BY_Q);
        return sorted;
    }

    static List<RouteTarget> of(List<Binding> bindings) {
        List<RouteTarget> targets = new ArrayList<>(bindings.size());
        for (Binding b : huntOrder(bindings)) {
            RouteTarget t = of(b);
            if (t != null) {
                targets.add(t);
            }
        }
        return targets;
    }

    /**
     * {@code sip:USER@HOST[:PORT][;transport=udp|tcp]} → kind IPV4 (an IPv4 literal) or DNS, that host, port (0 =
     * not given), transport ("udp" unless {@code transport=tcp}), number = USER (the AOR when the contact has
     * none). Null, with a log line, for what the call core cannot reach: not SIP, SIPS or TLS/SCTP/WS transports,
     * IPv6 literals.
     */
    static RouteTarget of(Binding b) {
        SipUri uri = SipUri.parse(b.contact());
        String why = null;
        String transport = null;
        if (uri == null) {
            why = "not a SIP URI";
        } else if (uri.scheme().equals("sips")) {
            why = "sips is not supported";
        } else if (uri.host().startsWith("[")) {
            why = "IPv6 is not supported";
        } else {
            String t = uri.param("transport");
            transport = t == null || t.isEmpty() ? "udp" : t;
            if (!transport.equals("udp") && !transport.equals("tcp")) {
                why = "transport " + transport + " is not supported";
            }
        }
        if (why != null) {
            String reason = why;
            LOG.fine(() -> "Binding " + b.aor() + " -> " + b.contact() + " skipped: " + reason);
            return null;
        }
        String number = uri.user() == null || uri.user().isEmpty() ? b.aor() : uri.user();
        RouteTarget.Kind kind = Pool.isIpv4(uri.host()) ? RouteTarget.Kind.IPV4 : RouteTarget.Kind.DNS;
        return new RouteTarget(0, kind, uri.host(), Math.max(0, uri.port()), transport, false, number, null,
                number.length(), 0, false, false, List.of(), List.of());
    }
}
