package org.voxgate.registrar.server.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of an {@code Authorization: Digest ...} value (RFC 7616 §3.4), names in lower case, quotes and
 * backslash escapes removed. Null from {@link #parse} when the value is not Digest or not well formed.
 */
record DigestCredentials(Map<String, String> params) {

    static DigestCredentials parse(String header) {
        if (header == null) {
            return null;
        }
        String s = header.trim();
        if (s.length() < 7 || !s.regionMatches(true, 0, "Digest", 0, 6) || !Character.isWhitespace(s.charAt(6))) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        int i = 7;
        int n = s.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String name = s.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = s.charAt(i++);
                    if (c == '\\' && i < n) {
                        value.append(s.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        value.append(c);
                    }
                }
                if (!closed) {
                    return null;
                }
            } else {
                while (i < n && s.charAt(i) != ',') {
                    value.append(s.charAt(i++));
                }
            }
            if (name.isEmpty() || params.putIfAbsent(name, value.toString().trim()) != null) {
                return null; // a parameter given twice is not a credential we can trust
            }
        }
        return new DigestCredentials(Map.copyOf(params));
    }

    String get(String name) {
        return params.get(name);
    }
}
