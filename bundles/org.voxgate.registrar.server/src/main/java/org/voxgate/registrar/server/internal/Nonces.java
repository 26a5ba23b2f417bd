package org.voxgate.registrar.server.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stateless digest nonces: {@code base64url(expiry-ms | 8 random bytes | HMAC-SHA256(secret, both)[0..16])}. The
 * secret lives as long as the component, so after an update of the bundle old nonces are simply unknown and the
 * phone is challenged again.
 */
final class Nonces {
    enum State { VALID, STALE, INVALID }

    private static final int MAC_BYTES = 16;
    private final SecureRandom random = new SecureRandom();
    private final byte[] secret = new byte[32];

    Nonces() {
        random.nextBytes(secret);
    }

    String create(long expiresAtMillis) {
        ByteBuffer b = ByteBuffer.allocate(16 + MAC_BYTES);
        b.putLong(expiresAtMillis);
        byte[] salt = new byte[8];
        random.nextBytes(salt);
        b.put(salt);
        b.put(mac(b.array(), 16));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    State check(String nonce, long nowMillis) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return State.INVALID;
        }
        if (raw.length != 16 + MAC_BYTES
                || !MessageDigest.isEqual(mac(raw, 16), Arrays.copyOfRange(raw, 16, raw.length))) {
            return State.INVALID;
        }
        return ByteBuffer.wrap(raw).getLong() < nowMillis ? State.STALE : State.VALID;
    }

    private byte[] mac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }
}
