package org.voxgate.registrar.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.voxgate.spi.registrar.RegisterRequest;

/**
 * HTTP digest for REGISTER (RFC 2617 / RFC 7616, {@code qop=auth}, MD5 or SHA-256) against one pool's credentials.
 * An unknown user name and a wrong password fail the same way, after the same work: a fresh 401 challenge. A
 * correct answer to an expired nonce gets a challenge with {@code stale=true}, so the phone retries without asking
 * its user.
 */
final class DigestAuthenticator {
    /** Challenged algorithms (names as on the wire). */
    enum Algorithm {
        MD5("MD5", "MD5"), SHA_256("SHA-256", "SHA-256");

        final String wire;
        final String jca;

        Algorithm(String wire, String jca) {
            this.wire = wire;
            this.jca = jca;
        }

        /** By wire name, case-insensitive; an absent algorithm means MD5 (RFC 2617). Null when not supported. */
        static Algorithm of(String name) {
            if (name == null || name.isEmpty()) {
                return MD5;
            }
            for (Algorithm a : values()) {
                if (a.wire.equalsIgnoreCase(name)) {
                    return a;
                }
            }
            return null;
        }

        String hash(String text) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(jca + " not available", e);
            }
        }
    }

    /** The result: null challenge = authenticated. */
    record Outcome(String challenge) {
        boolean ok() {
            return challenge == null;
        }
    }

    /** What a wrong user name is checked against, so that it costs the same as a wrong password. */
    private static final String NO_PASSWORD = "\u0000no-such-user";
    private final Nonces nonces = new Nonces();

    Outcome verify(RegisterRequest request, Pool pool, SrstSettings settings, long now) {
        DigestCredentials c = DigestCredentials.parse(request.authorization());
        if (c == null) {
            return challenge(settings, now, false);
        }
        Algorithm algorithm = Algorithm.of(c.get("algorithm"));
        String username = c.get("username");
        String nonce = c.get("nonce");
        String uri = c.get("uri");
        String response = c.get("response");
        String nc = c.get("nc");
        String cnonce = c.get("cnonce");
        if (algorithm == null || username == null || nonce == null || uri == null || response == null || nc == null
                || cnonce == null || !"auth".equalsIgnoreCase(c.get("qop")) || !settings.realm().equals(c.get("realm"))) {
            return challenge(settings, now, false);
        }
        Nonces.State state = nonces.check(nonce, now);
        if (state == Nonces.State.INVALID) {
            return challenge(settings, now, false);
        }
        boolean userOk = MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                pool.username().getBytes(StandardCharsets.UTF_8));
        String password = userOk ? pool.password() : NO_PASSWORD;
        String ha1 = algorithm.hash(username + ":" + settings.realm() + ":" + password);
        String ha2 = algorithm.hash("REGISTER:" + uri);
        String expected = algorithm.hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
        boolean responseOk = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        if (!(userOk & responseOk & sameUri(uri, request.requestUri()))) {
            return challenge(settings, now, false);
        }
        return state == Nonces.State.STALE ? challenge(settings, now, true) : new Outcome(null);
    }

    /** A new challenge: {@code Digest realm="R", nonce="N", algorithm=A, qop="auth"[, stale=true]}. */
    Outcome challenge(SrstSettings settings, long now, boolean stale) {
        String nonce = nonces.create(now + settings.nonceLifetimeSeconds() * 1000L);
        return new Outcome("Digest realm=\"" + settings.realm() + "\", nonce=\"" + nonce + "\", algorithm="
                + settings.algorithm().wire + ", qop=\"auth\"" + (stale ? ", stale=true" : ""));
    }

    /** The digest {@code uri} names the Request-URI (RFC 7616 3.4: same resource); compared case-insensitively. */
    private static boolean sameUri(String digestUri, String requestUri) {
        return requestUri == null || digestUri.trim().equalsIgnoreCase(requestUri.trim());
    }
}
