package org.voxgate.registrar.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What the registrar client reads from the {@code sip-ua} configuration (PID {@code org.voxgate.sipua}, shared
 * with the call core): digest credentials and the REGISTER retransmission settings.
 *
 * @param credentials     candidates in order of preference (see {@link #credentialsFor})
 * @param retryRegister   {@code retry register N}: REGISTER sends per attempt, 1-10
 * @param timersRegisterMs {@code timers register MS}: first retransmission interval (T1 of REGISTER), 100-1000
 */
record SipUaSettings(List<Credentials> credentials, int retryRegister, int timersRegisterMs) {
    private static final Logger LOG = Logger.getLogger(SipUaSettings.class.getName());

    // The keys of org.voxgate.api.config.SipUaKeys, copied: this bundle does not import that package.
    static final String AUTHENTICATION_USERNAME = "authentication.username";
    /** Private (leading '.'): SCR hands it to the component but never publishes it as a service property. */
    static final String AUTHENTICATION_PASSWORD = ".authentication.password";
    /** Before api.config 1.4: published with the service; still read when the private key is absent. */
    static final String LEGACY_AUTHENTICATION_PASSWORD = "authentication.password";
    static final String AUTHENTICATION_REALM = "authentication.realm";
    static final String CREDENTIALS_NUMBER = "credentials.number";
    static final String CREDENTIALS_USERNAME = "credentials.username";
    /** Private, as {@link #AUTHENTICATION_PASSWORD}. */
    static final String CREDENTIALS_PASSWORD = ".credentials.password";
    static final String LEGACY_CREDENTIALS_PASSWORD = "credentials.password";
    static final String CREDENTIALS_REALM = "credentials.realm";
    static final String RETRY_REGISTER = "retry.register";
    static final String TIMERS_REGISTER = "timers.register";
    static final int RETRY_REGISTER_DEFAULT = 10;
    /** Not verified against IOS (semantics §1.5): 500 ms, RFC 3261's T1 and the default of the other sip-ua timers. */
    static final int TIMERS_REGISTER_DEFAULT = 500;

    static final SipUaSettings DEFAULTS = new SipUaSettings(List.of(), RETRY_REGISTER_DEFAULT, TIMERS_REGISTER_DEFAULT);

    /**
     * One set of digest credentials.
     *
     * @param number   only for this line ({@code credentials number N ...}); null for every line
     * @param realm    only for challenges of this realm; null for any realm
     */
    record Credentials(String number, String username, String password, String realm) {
        boolean fits(String line, String challengeRealm) {
            return (number == null || number.equals(line)) && (realm == null || realm.equalsIgnoreCase(challengeRealm));
        }

        @Override
        public String toString() {
            return "Credentials[" + username + (number == null ? "" : " for " + number)
                    + (realm == null ? "" : " realm " + realm) + "]"; // never the password
        }
    }

    SipUaSettings {
        credentials = List.copyOf(credentials);
    }

    /**
     * Credentials for a line's challenge: {@code credentials number LINE ...} first, then {@code credentials ...}
     * without a number, then {@code authentication ...}; each only if its realm (when given) is the challenge's.
     */
    Credentials credentialsFor(String line, String challengeRealm) {
        for (Credentials c : credentials) {
            if (c.number() != null && c.fits(line, challengeRealm)) {
                return c;
            }
        }
        for (Credentials c : credentials) {
            if (c.number() == null && c.fits(line, challengeRealm)) {
                return c;
            }
        }
        return null;
    }

    static SipUaSettings from(Map<String, ?> p) {
        if (p == null) {
            return DEFAULTS;
        }
        warnOfLegacyPasswords(p);
        List<Credentials> creds = new ArrayList<>();
        String user = text(p.get(CREDENTIALS_USERNAME));
        String pass = password(p, CREDENTIALS_PASSWORD, LEGACY_CREDENTIALS_PASSWORD);
        if (user != null && pass != null) {
            creds.add(new Credentials(text(p.get(CREDENTIALS_NUMBER)), user, pass, text(p.get(CREDENTIALS_REALM))));
        }
        user = text(p.get(AUTHENTICATION_USERNAME));
        pass = password(p, AUTHENTICATION_PASSWORD, LEGACY_AUTHENTICATION_PASSWORD);
        if (user != null && pass != null) {
            creds.add(new Credentials(null, user, pass, text(p.get(AUTHENTICATION_REALM))));
        }
        return new SipUaSettings(creds, number(p, RETRY_REGISTER, 1, 10, RETRY_REGISTER_DEFAULT),
                number(p, TIMERS_REGISTER, 100, 1000, TIMERS_REGISTER_DEFAULT));
    }

    /** The password under its private key, else under its legacy key (a configuration written before). */
    private static String password(Map<String, ?> p, String key, String legacyKey) {
        String password = text(p.get(key));
        return password != null ? password : text(p.get(legacyKey));
    }

    /**
     * One WARNING per configuration (this is read at activation and at each update) while a legacy key is stored,
     * used or not: DS publishes it as a service property, readable by every bundle. Never the value.
     */
    private static void warnOfLegacyPasswords(Map<String, ?> p) {
        List<String> legacy = new ArrayList<>();
        for (String key : List.of(LEGACY_CREDENTIALS_PASSWORD, LEGACY_AUTHENTICATION_PASSWORD)) {
            if (text(p.get(key)) != null) {
                legacy.add(key);
            }
        }
        if (!legacy.isEmpty()) {
            LOG.warning("sip-ua " + String.join(" and ", legacy) + ": the password is visible to every bundle as a "
                    + "service property; write it as " + CREDENTIALS_PASSWORD + " / " + AUTHENTICATION_PASSWORD
                    + " (etc/org.voxgate.sipua.cfg), or enter the credentials / authentication line again");
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** Config Admin may be written around the IOS parser (FileInstall .cfg: strings): never run with an illegal value. */
    static int number(Map<String, ?> p, String key, int min, int max, int fallback) {
        String s = text(p.get(key));
        if (s == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(key + " '" + s + "' is not in " + min + "-" + max + "; using " + fallback);
        return fallback;
    }

    @Override
    public String toString() {
        return "SipUaSettings[" + credentials.size() + " credentials, retry register " + retryRegister
                + ", timers register " + timersRegisterMs + "]"; // never the passwords
    }
}
