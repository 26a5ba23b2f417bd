package org.voxgate.shell.internal;

import java.util.ArrayList;
import java.util.List;

/** Small pieces of IOS wording shared by the formatters. */
final class IosText {
    private IosText() {}

    /** The words of a Gogo command line without blanks (Gogo passes what the operator typed, split on spaces). */
    static List<String> words(String[] words) {
        List<String> w = new ArrayList<>();
        if (words != null) {
            for (String s : words) {
                if (s != null && !s.isBlank()) {
                    w.add(s.trim());
                }
            }
        }
        return w;
    }

    static String upDown(boolean up) {
        return up ? "up" : "down";
    }

    static String enabled(boolean on) {
        return on ? "enabled" : "disabled";
    }

    /** Null as the empty string (IOS prints {@code `'} for an unset value). */
    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code host:port}; an IPv6 literal is bracketed. */
    static String hostPort(String host, int port) {
        return bracketIpv6(host) + ":" + port;
    }

    /** {@code [host]:port}, the way {@code show sip-ua calls} prints addresses. */
    static String bracketedHostPort(String host, int port) {
        String h = host.startsWith("[") ? host : "[" + host + "]";
        return h + ":" + port;
    }

    private static String bracketIpv6(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
