package org.voxgate.registrar.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * HTTP digest as SIP uses it (RFC 2617, RFC 7616, RFC 8760): MD5, SHA-256 and SHA-512-256, each also as
 * {@code -sess}; qop {@code auth}, {@code auth-int} or none (RFC 2069). Pure functions: the caller supplies the
 * client nonce and the nonce count.
 */
final class Digest {
    private Digest() {}

    static boolean supports(String algorithm) {
        return javaName(algorithm) != null;
    }

    /** The JDK MessageDigest name of a digest algorithm token, or null when unsupported. */
    private static String javaName(String algorithm) {
        String a = algorithm == null ? "MD5" : algorithm.toUpperCase(Locale.ROOT);
        if (a.endsWith("-SESS")) {
            a = a.substring(0, a.length() - 5);
        }
        return switch (a) {
            case "MD5" -> "MD5";
            case "SHA-256" -> "SHA-256";
            case "SHA-512-256" -> "SHA-512/256";
            default -> null;
        };
    }

    /** Lower-case hex of the algorithm's hash of {@code text} (UTF-8). */
    static String hash(String algorithm, String text) {
        String name = javaName(algorithm);
        if (name == null) {
            throw new IllegalArgumentException("Unsupported digest algorithm " + algorithm);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(name).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is missing from this JDK", e);
        }
    }

    /**
     * The {@code response} value (RFC 7616 §3.4.1).
     *
     * @param qop    {@code auth}, {@code auth-int}, or null for none (then cnonce and nc are ignored)
     * @param body   message body for {@code auth-int} (empty string for none)
     */
    static String response(String algorithm, String username, String realm, String password, String nonce,
            String cnonce, String nc, String qop, String method, String uri, String body) {
        String a = algorithm == null ? "MD5" : algorithm;
        String ha1 = hash(a, username + ":" + realm + ":" + password);
        if (a.toUpperCase(Locale.ROOT).endsWith("-SESS")) {
            ha1 = hash(a, ha1 + ":" + nonce + ":" + cnonce);
        }
        String a2 = "auth-int".equals(qop) ? method + ":" + uri + ":" + hash(a, body == null ? "" : body) : method + ":" + uri;
        String ha2 = hash(a, a2);
        if (qop == null) {
            return hash(a, ha1 + ":" + nonce + ":" + ha2);
        }
        return hash(a, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    /** {@code "text"} with {@code \} and {@code "} escaped (RFC 7230 quoted-string). */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
