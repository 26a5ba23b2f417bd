package org.voxgate.config.ios.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.RegistrationKeys;
import org.voxgate.api.config.SipUaKeys;

/**
 * {@code sip-ua} commands of the registrar client: {@code registrar} (factory PID
 * {@value ConfigPids#REGISTRATION}, one configuration per registrar, named primary or secondary), and the
 * digest credentials {@code credentials} / {@code authentication} (PID {@value ConfigPids#SIP_UA}). Each
 * line replaces everything its previous line set; the {@code no} forms remove it. The passwords go to private
 * keys ({@link SipUaKeys#CREDENTIALS_PASSWORD}: a leading '.', never a service property). The registrar client
 * ({@code org.voxgate.registrar.client}, feature voxgate-registrar-client, installed by default) acts on them; the
 * credentials answer REGISTER challenges only, so they are reported as not active for calls.
 */
final class RegistrarClientGrammar {
    private static final String PID = ConfigPids.SIP_UA;
    static final String AUTH_NOT_ACTIVE = "stored; answers the registrars' REGISTER challenges, but digest "
            + "authentication of calls (challenges to INVITE) is not active yet";
    /**
     * What a {@code credentials} line (or its {@code no} form) removes before it sets anything: with the legacy
     * password key, so that re-entering the line also clears a password stored where every bundle could read it.
     */
    static final List<String> CREDENTIALS_KEYS = List.of(SipUaKeys.CREDENTIALS_NUMBER, SipUaKeys.CREDENTIALS_USERNAME,
            SipUaKeys.CREDENTIALS_PASSWORD, SipUaKeys.LEGACY_CREDENTIALS_PASSWORD, SipUaKeys.CREDENTIALS_REALM);
    /** As {@link #CREDENTIALS_KEYS}, for an {@code authentication} line. */
    static final List<String> AUTHENTICATION_KEYS = List.of(SipUaKeys.AUTHENTICATION_USERNAME,
            SipUaKeys.AUTHENTICATION_PASSWORD, SipUaKeys.LEGACY_AUTHENTICATION_PASSWORD, SipUaKeys.AUTHENTICATION_REALM);

    private RegistrarClientGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.SIP_UA, "registrar", RegistrarClientGrammar::registrar);
        g.add(Mode.SIP_UA, "credentials", (w, no, d) -> {
            CREDENTIALS_KEYS.forEach(k -> d.remove(PID, k));
            if (!no) {
                Cursor c = new Cursor(w, 1);
                if (c.optional("number")) {
                    d.set(PID, SipUaKeys.CREDENTIALS_NUMBER, c.value("number", "\\+?[0-9*#]{1,32}", "NUMBER"));
                }
                c.keyword("username");
                d.set(PID, SipUaKeys.CREDENTIALS_USERNAME, c.value("username", null, "USERNAME"));
                c.keyword("password");
                d.set(PID, SipUaKeys.CREDENTIALS_PASSWORD, password(c));
                c.keyword("realm");
                d.set(PID, SipUaKeys.CREDENTIALS_REALM, c.value("realm", null, "REALM"));
                c.end();
                d.notYetActive(AUTH_NOT_ACTIVE);
            }
            return null;
        });
        g.add(Mode.SIP_UA, "authentication", (w, no, d) -> {
            AUTHENTICATION_KEYS.forEach(k -> d.remove(PID, k));
            if (!no) {
                Cursor c = new Cursor(w, 1);
                c.keyword("username");
                d.set(PID, SipUaKeys.AUTHENTICATION_USERNAME, c.value("username", null, "USERNAME"));
                c.keyword("password");
                d.set(PID, SipUaKeys.AUTHENTICATION_PASSWORD, password(c));
                if (c.optional("realm")) {
                    d.set(PID, SipUaKeys.AUTHENTICATION_REALM, c.value("realm", null, "REALM"));
                }
                c.end();
                d.notYetActive(AUTH_NOT_ACTIVE);
            }
            return null;
        });
    }

    /** {@code registrar ipv4:A[:port]|dns:host[:port] [expires N] [tcp|udp] [secondary]}, options in any order. */
    private static Mode registrar(List<String> w, boolean no, ConfigDelta d) throws InvalidLine {
        boolean secondary = w.stream().anyMatch(x -> x.equalsIgnoreCase(RegistrationKeys.SECONDARY));
        String name = secondary ? RegistrationKeys.SECONDARY : RegistrationKeys.PRIMARY;
        if (no) {
            d.deleteFactory(ConfigPids.REGISTRATION, name);
            return null;
        }
        if (w.size() < 2) {
            throw new InvalidLine("incomplete command: registrar ipv4:A.B.C.D[:port] | dns:HOST[:port] expected");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RegistrationKeys.REGISTRAR, Syntax.sipAddress(w.get(1), "registrar"));
        boolean transportSeen = false;
        boolean secondarySeen = false;
        for (int i = 2; i < w.size(); i++) {
            String option = w.get(i).toLowerCase(Locale.ROOT);
            switch (option) {
                case "expires" -> {
                    if (values.containsKey(RegistrationKeys.EXPIRES)) {
                        throw new InvalidLine("'expires' given twice");
                    }
                    values.put(RegistrationKeys.EXPIRES, Grammar.intAt(w, i + 1, RegistrationKeys.EXPIRES_MIN,
                            RegistrationKeys.EXPIRES_MAX, "expires"));
                    i++;
                }
                case "tcp", "udp" -> {
                    if (transportSeen) {
                        throw new InvalidLine("transport given twice");
                    }
                    transportSeen = true;
                    if (option.equals("tcp")) {
                        values.put(RegistrationKeys.TRANSPORT, "tcp");
                    }
                }
                case "secondary" -> {
                    if (secondarySeen) {
                        throw new InvalidLine("'secondary' given twice");
                    }
                    secondarySeen = true;
                }
                default -> throw new InvalidLine("unexpected '" + w.get(i) + "': registrar ADDRESS [expires N] [tcp] [secondary]");
            }
        }
        d.replaceFactory(ConfigPids.REGISTRATION, name, values);
        return null;
    }

    /** {@code password [0|7] P}: the clear password (a type 7 one is decoded). */
    private static String password(Cursor c) throws InvalidLine {
        String first = c.value("password", null, "PASSWORD");
        boolean typed = (first.equals("0") || first.equals("7")) && c.hasMore() && !c.peekIs("realm");
        if (!typed) {
            return first;
        }
        String secret = c.value("password", null, "PASSWORD");
        return first.equals("7") ? Type7Password.decode(secret) : secret;
    }

    /** Reads the words of one command left to right. */
    private static final class Cursor {
        private final List<String> words;
        private int at;

        Cursor(List<String> words, int at) {
            this.words = words;
            this.at = at;
        }

        boolean hasMore() {
            return at < words.size();
        }

        boolean peekIs(String keyword) {
            return hasMore() && words.get(at).equalsIgnoreCase(keyword);
        }

        boolean optional(String keyword) {
            if (peekIs(keyword)) {
                at++;
                return true;
            }
            return false;
        }

        void keyword(String keyword) throws InvalidLine {
            if (!hasMore()) {
                throw new InvalidLine("incomplete command: '" + keyword + "' expected");
            }
            if (!optional(keyword)) {
                throw new InvalidLine("'" + keyword + "' expected, not '" + words.get(at) + "'");
            }
        }

        String value(String after, String regex, String what) throws InvalidLine {
            if (!hasMore()) {
                throw new InvalidLine("incomplete command: " + what + " expected after '" + after + "'");
            }
            String v = words.get(at++);
            if (regex != null && !v.matches(regex)) {
                throw new InvalidLine("invalid " + after + " '" + v + "'");
            }
            return v;
        }

        void end() throws InvalidLine {
            Grammar.noMoreWords(words, at);
        }
    }
}
