package org.voxgate.dialpeer.internal;

import org.voxgate.spi.routing.RouteTarget.Kind;

/**
 * A parsed IOS {@code session target}: {@code ipv4:A.B.C.D[:port]}, {@code dns:host[:port]}, {@code sip-server},
 * {@code registrar}.
 */
record SessionTarget(Kind kind, String host, int port) {

    /** @throws IllegalArgumentException with the reason, for text IOS would not accept */
    static SessionTarget parse(String text) {
        String t = text.trim();
        if (t.equals("sip-server")) {
            return new SessionTarget(Kind.SIP_SERVER, null, 0);
        }
        if (t.equals("registrar")) {
            return new SessionTarget(Kind.REGISTRAR, null, 0);
        }
        boolean ipv4 = t.startsWith("ipv4:");
        if (!ipv4 && !t.startsWith("dns:")) {
            throw new IllegalArgumentException("session target must be ipv4:, dns:, sip-server or registrar: " + text);
        }
        String rest = t.substring(ipv4 ? 5 : 4);
        String host = rest;
        int port = 0;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            host = rest.substring(0, colon);
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in session target " + text);
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range 1-65535 in session target " + text);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in session target " + text);
        }
        if (ipv4 && !isIpv4(host)) {
            throw new IllegalArgumentException("not an IPv4 address in session target " + text);
        }
        return new SessionTarget(ipv4 ? Kind.IPV4 : Kind.DNS, host, port);
    }

    static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
