package org.voxgate.registrar.server.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One immutable snapshot of {@code org.voxgate.srst}, so that a REGISTER never sees half of a {@code @Modified}.
 *
 * @param enabled               {@code registrar server}
 * @param expiresMax            {@code expires max}, 600-86400
 * @param expiresMin            {@code expires min}, 60-3600, at most {@code expiresMax}
 * @param realm                 digest realm
 * @param algorithm             the algorithm challenges offer (both are accepted)
 * @param nonceLifetimeSeconds  how long a nonce is fresh
 * @param problems              what was out of range and corrected (logged by the component)
 */
record SrstSettings(boolean enabled, int expiresMax, int expiresMin, String realm,
        DigestAuthenticator.Algorithm algorithm, int nonceLifetimeSeconds, List<String> problems) {
    static final int MAX_LOW = 600;
    static final int MAX_HIGH = 86400;
    static final int MAX_DEFAULT = 3600;
    static final int MIN_LOW = 60;
    static final int MIN_HIGH = 3600;
    static final int MIN_DEFAULT = 60;
    static final String REALM_DEFAULT = "voxgate";

    SrstSettings {
        problems = List.copyOf(problems);
    }

    static SrstSettings of(boolean enabled, int max, int min, String realm, String algorithm, int nonceLifetime) {
        List<String> problems = new ArrayList<>();
        int mx = clamp(max, MAX_LOW, MAX_HIGH, "expires max", problems);
        int mn = clamp(min, MIN_LOW, MIN_HIGH, "expires min", problems);
        if (mn > mx) {
            problems.add("expires min " + mn + " is above expires max " + mx + "; using min " + mx);
            mn = mx;
        }
        String r = realm == null ? "" : realm.replace("\"", "").replace("\\", "").trim();
        if (r.isEmpty()) {
            r = REALM_DEFAULT;
        }
        DigestAuthenticator.Algorithm a = DigestAuthenticator.Algorithm.of(algorithm);
        if (a == null) {
            problems.add("digest algorithm '" + algorithm + "' is neither MD5 nor SHA-256; using MD5");
            a = DigestAuthenticator.Algorithm.MD5;
        }
        int lifetime = nonceLifetime > 0 ? nonceLifetime : 300;
        return new SrstSettings(enabled, mx, mn, r, a, lifetime, problems);
    }

    static SrstSettings defaults() {
        return of(false, MAX_DEFAULT, MIN_DEFAULT, REALM_DEFAULT, "MD5", 300);
    }

    private static int clamp(int value, int low, int high, String what, List<String> problems) {
        if (value < low || value > high) {
            int v = Math.max(low, Math.min(high, value));
            problems.add(what + " " + value + " is outside " + low + "-" + high + "; using " + v);
            return v;
        }
        return value;
    }
}
