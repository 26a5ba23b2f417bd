package org.voxgate.registrar.client.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Credentials answering one challenge, reused for later requests (refreshes) with an increasing nonce count
 * until the registrar challenges again (e.g. {@code stale=true}).
 */
final class DigestSession {
    private static final SecureRandom RANDOM = new SecureRandom();

    final DigestChallenge challenge;
    private final SipUaSettings.Credentials credentials;
    private final Supplier<String> cnonces;
    private int nc;

    DigestSession(DigestChallenge challenge, SipUaSettings.Credentials credentials) {
        this(challenge, credentials, DigestSession::randomCnonce);
    }

    DigestSession(DigestChallenge challenge, SipUaSettings.Credentials credentials, Supplier<String> cnonces) {
        this.challenge = challenge;
        this.credentials = credentials;
        this.cnonces = cnonces;
    }

    /** {@code Authorization} or {@code Proxy-Authorization}. */
    String headerName() {
        return challenge.proxy() ? "Proxy-Authorization" : "Authorization";
    }

    /** The header value for the next request (a new nonce count each time). */
    String authorize(String method, String uri, String body) {
        String qop = challenge.qop().contains("auth") ? "auth" : challenge.qop().contains("auth-int") ? "auth-int" : null;
        String cnonce = qop == null && !challenge.algorithm().endsWith("-SESS") ? null : cnonces.get();
        String ncText = String.format("%08x", ++nc);
        String response = Digest.response(challenge.algorithm(), credentials.username(), challenge.realm(),
                credentials.password(), challenge.nonce(), cnonce, ncText, qop, method, uri, body);
        StringBuilder b = new StringBuilder("Digest username=").append(Digest.quote(credentials.username()))
                .append(", realm=").append(Digest.quote(challenge.realm()))
                .append(", nonce=").append(Digest.quote(challenge.nonce()))
                .append(", uri=").append(Digest.quote(uri))
                .append(", response=").append(Digest.quote(response))
                .append(", algorithm=").append(challenge.algorithm());
        if (cnonce != null) {
            b.append(", cnonce=").append(Digest.quote(cnonce));
        }
        if (challenge.opaque() != null) {
            b.append(", opaque=").append(Digest.quote(challenge.opaque()));
        }
        if (qop != null) {
            b.append(", qop=").append(qop).append(", nc=").append(ncText);
        }
        return b.toString();
    }

    int nonceCount() {
        return nc;
    }

    private static String randomCnonce() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
