package org.voxgate.registrar.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a {@code sip:}/{@code sips:} URI that the registrar needs: user, host, port and URI parameters
 * (RFC 3261 §19.1.1). Lenient: a Contact that JAIN-SIP accepted is not validated again.
 *
 * @param scheme "sip" or "sips" (lower case)
 * @param user   the user part with %-escapes decoded, or null
 * @param host   the host in lower case (an IPv6 reference keeps its brackets)
 * @param port   the port, or -1 when not given
 * @param params URI parameters, names in lower case; a parameter without value maps to ""
 */
record SipUri(String scheme, String user, String host, int port, Map<String, String> params) {

    /** Null when {@code text} is not a SIP or SIPS URI with a host. */
    static SipUri parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1).trim();
        }
        int colon = s.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("sip") && !scheme.equals("sips")) {
            return null;
        }
        String rest = s.substring(colon + 1);
        int question = rest.indexOf('?');
        if (question >= 0) {
            rest = rest.substring(0, question); // headers play no part in a binding
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            int password = userInfo.indexOf(':');
            user = unescape(password >= 0 ? userInfo.substring(0, password) : userInfo);
            rest = rest.substring(at + 1);
        }
        String[] parts = rest.split(";");
        String hostPort = parts[0];
        String host;
        int port = -1;
        try {
            if (hostPort.startsWith("[")) {
                int close = hostPort.indexOf(']');
                if (close < 0) {
                    return null;
                }
                host = hostPort.substring(0, close + 1);
                if (hostPort.length() > close + 1 && hostPort.charAt(close + 1) == ':') {
                    port = Integer.parseInt(hostPort.substring(close + 2));
                }
            } else {
                int p = hostPort.indexOf(':');
                host = p >= 0 ? hostPort.substring(0, p) : hostPort;
                if (p >= 0) {
                    port = Integer.parseInt(hostPort.substring(p + 1));
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (host.isEmpty() || port > 65535 || (port < 0 && port != -1)) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int eq = parts[i].indexOf('=');
            String name = (eq >= 0 ? parts[i].substring(0, eq) : parts[i]).trim().toLowerCase(Locale.ROOT);
            params.putIfAbsent(name, eq >= 0 ? parts[i].substring(eq + 1).trim() : "");
        }
        return new SipUri(scheme, user, host.toLowerCase(Locale.ROOT), port, Map.copyOf(params));
    }

    /** A URI parameter's value in lower case, or null. */
    String param(String name) {
        String v = params.get(name);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    /**
     * The comparison key of RFC 3261 §19.1.4, as far as bindings need it: scheme, user (case-sensitive, escapes
     * decoded), host (case-insensitive), port (an absent port differs from an explicit 5060), and the parameters
     * that must match when either URI has them ({@code transport}, {@code user}, {@code ttl}, {@code method},
     * {@code maddr}). Other parameters and headers are ignored.
     */
    String comparisonKey() {
        StringBuilder b = new StringBuilder(64).append(scheme).append(':');
        if (user != null) {
            b.append(user).append('@');
        }
        b.append(host).append(':').append(port);
        for (String p : new String[] {"transport", "user", "ttl", "method", "maddr"}) {
            b.append(';').append(p).append('=').append(param(p) == null ? "" : param(p));
        }
        return b.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
                continue;
            }
            int cp = s.codePointAt(i);
            byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
            i += Character.charCount(cp);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
