package org.voxgate.registrar.client.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One configured registrar: a factory configuration {@code org.voxgate.registration~primary} or
 * {@code ~secondary} (IOS {@code sip-ua} / {@code registrar ipv4:A[:port] | dns:host[:port] [expires N] [tcp]
 * [secondary]}).
 *
 * @param name      {@code primary} or {@code secondary}
 * @param target    as configured ({@code ipv4:10.0.0.1:5060}, {@code dns:reg.example.com})
 * @param host      address or DNS name
 * @param port      0 when not given
 * @param transport {@code udp} or {@code tcp}
 * @param expires   registration time to ask for, seconds
 */
record RegistrarSpec(String name, String target, String host, int port, String transport, boolean dns, int expires) {
    static final String FACTORY_PID = "org.voxgate.registration";
    /** Attribute: {@code ipv4:A.B.C.D[:port]} or {@code dns:host[:port]}. */
    static final String TARGET = "target";
    /** Same as {@link #TARGET}: the name the IOS configuration bundle writes; {@link #TARGET} wins when both are set. */
    static final String TARGET_ALIAS = "registrar";
    static final String EXPIRES = "expires";
    static final String TRANSPORT = "transport";
    static final int EXPIRES_DEFAULT = 3600;
    static final int EXPIRES_MAX = 65535;

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3})(?::(\\d{1,5}))?");
    private static final Pattern DNS = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(?::(\\d{1,5}))?");

    /** The configuration's name: the part of its PID after {@code ~} (R7 named factory configuration). */
    static String nameOf(Map<String, ?> properties) {
        Object pid = properties.get("service.pid");
        String s = pid == null ? "" : pid.toString();
        int tilde = s.lastIndexOf('~');
        return tilde >= 0 ? s.substring(tilde + 1) : s;
    }

    /** @throws IllegalArgumentException naming what is wrong with the configuration */
    static RegistrarSpec from(Map<String, ?> p) {
        String name = nameOf(p);
        if (!name.equals("primary") && !name.equals("secondary")) {
            throw new IllegalArgumentException("configuration " + p.get("service.pid")
                    + ": the name must be primary or secondary (" + FACTORY_PID + "~primary)");
        }
        Object t = p.get(TARGET) != null ? p.get(TARGET) : p.get(TARGET_ALIAS);
        if (t == null || t.toString().isBlank()) {
            throw new IllegalArgumentException(name + " registrar: no target (ipv4:A.B.C.D[:port] or dns:host[:port])");
        }
        String target = t.toString().trim();
        String lower = target.toLowerCase(Locale.ROOT);
        boolean dns = lower.startsWith("dns:");
        String spec = lower.startsWith("ipv4:") ? target.substring(5) : dns ? target.substring(4) : target;
        Matcher m = (dns ? DNS : IPV4).matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " registrar: bad target '" + target
                    + "' (ipv4:A.B.C.D[:port] or dns:host[:port])");
        }
        String portText = dns ? m.group(3) : m.group(2);
        int port = portText == null ? 0 : Integer.parseInt(portText);
        if (port > 65535) {
            throw new IllegalArgumentException(name + " registrar: bad port in '" + target + "'");
        }
        int expires = SipUaSettings.number(p, EXPIRES, 1, EXPIRES_MAX, EXPIRES_DEFAULT);
        Object tr = p.get(TRANSPORT);
        String transport = tr == null ? "udp" : tr.toString().trim().toLowerCase(Locale.ROOT);
        if (!transport.equals("udp") && !transport.equals("tcp")) {
            throw new IllegalArgumentException(name + " registrar: transport must be udp or tcp, not '" + tr + "'");
        }
        return new RegistrarSpec(name, target, m.group(1), port, transport, dns, expires);
    }

    /** Request-URI of the REGISTER: the registrar's domain (RFC 3261 §10.2), no user part. */
    String requestUri() {
        return "sip:" + host + (port > 0 ? ":" + port : "") + ("tcp".equals(transport) ? ";transport=tcp" : "");
    }

    /** Address of record of a line: {@code sip:NUMBER@registrar-host}. */
    String aor(String number) {
        return "sip:" + number + "@" + host;
    }

    boolean primary() {
        return "primary".equals(name);
    }

    @Override
    public String toString() {
        return name + " " + target + (transport.equals("tcp") ? " tcp" : "") + " expires " + expires;
    }
}
