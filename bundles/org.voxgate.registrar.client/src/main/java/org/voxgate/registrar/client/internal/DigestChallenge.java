package org.voxgate.registrar.client.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A digest challenge from a {@code WWW-Authenticate} (401) or {@code Proxy-Authenticate} (407) header
 * (RFC 2617 §3.2.1, RFC 7616 §3.3, RFC 8760 for SIP).
 *
 * @param realm     realm, never null
 * @param nonce     nonce, never null
 * @param opaque    opaque, or null
 * @param algorithm upper-case algorithm name, {@code MD5} when the challenge names none
 * @param qop       qop options offered (lower case), empty for an RFC 2069 challenge
 * @param stale     the previous credentials were right but the nonce was too old
 * @param proxy     from a 407 (answered with {@code Proxy-Authorization})
 */
record DigestChallenge(String realm, String nonce, String opaque, String algorithm, List<String> qop, boolean stale,
        boolean proxy) {

    DigestChallenge {
        qop = List.copyOf(qop);
    }

    /** Whether {@link Digest} can answer this challenge. */
    boolean supported() {
        return Digest.supports(algorithm) && (qop.isEmpty() || qop.contains("auth") || qop.contains("auth-int"));
    }

    /**
     * The challenge of one header value ({@code Digest realm="...", nonce="...", ...}), or null when it is not a
     * digest challenge or lacks realm or nonce.
     */
    static DigestChallenge parse(String headerValue, boolean proxy) {
        if (headerValue == null) {
            return null;
        }
        String v = headerValue.trim();
        int space = v.indexOf(' ');
        if (space < 0 || !v.substring(0, space).equalsIgnoreCase("Digest")) {
            return null;
        }
        Map<String, String> p = params(v.substring(space + 1));
        String realm = p.get("realm");
        String nonce = p.get("nonce");
        if (realm == null || nonce == null) {
            return null;
        }
        String algorithm = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        List<String> qop = new ArrayList<>();
        String q = p.get("qop");
        if (q != null) {
            for (String option : q.split(",")) {
                if (!option.isBlank()) {
                    qop.add(option.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new DigestChallenge(realm, nonce, p.get("opaque"), algorithm, qop,
                "true".equalsIgnoreCase(p.get("stale")), proxy);
    }

    /**
     * The first challenge that can be answered, in header order (RFC 8760 §2.4: "the topmost header field value
     * that it supports"), or null.
     */
    static DigestChallenge pick(List<String> headerValues, boolean proxy) {
        for (String value : headerValues) {
            DigestChallenge c = parse(value, proxy);
            if (c != null && c.supported()) {
                return c;
            }
        }
        return null;
    }

    /** auth-param list: {@code name=token} or {@code name="quoted \" string"}, separated by commas. */
    static Map<String, String> params(String s) {
        Map<String, String> result = new LinkedHashMap<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (s.charAt(i) == ',' || Character.isWhitespace(s.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ',') {
                i++;
            }
            String name = s.substring(nameStart, i).trim().toLowerCase(Locale.ROOT);
            if (i >= n || s.charAt(i) != '=') {
                continue; // a bare token: not part of digest
            }
            i++;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && s.charAt(i) == '"') {
                i++;
                while (i < n && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    value.append(s.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < n && s.charAt(i) != ',') {
                    value.append(s.charAt(i++));
                }
            }
            if (!name.isEmpty()) {
                result.put(name, value.toString().trim());
            }
        }
        return result;
    }
}
