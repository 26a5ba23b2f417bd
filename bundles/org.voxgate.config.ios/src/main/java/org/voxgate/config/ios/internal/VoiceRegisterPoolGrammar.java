package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SrstPoolKeys;

/**
 * {@code voice register pool N} (SIP SRST) and its sub-commands: one factory configuration of
 * {@value ConfigPids#SRST_POOL} per pool, named by the tag, merged like a dial peer. {@code id number PATTERN},
 * {@code id network A.B.C.D mask M.M.M.M} and {@code username U password [0|7] P}; each {@code no} form removes
 * what its command set; {@code no voice register pool N} deletes the pool. The values are checked here as strictly
 * as {@code org.voxgate.registrar.server} checks them, so that a pool the text accepts is never ignored there.
 */
final class VoiceRegisterPoolGrammar {
    static final String NOT_ACTIVE = "stored; voice register pools act only when the feature voxgate-srst is "
            + "installed (feature:install voxgate-srst) and 'registrar server' is configured";
    /** The registrar's {@code id number} alphabet: digits, A-F, {@code * # +}, {@code .}, a trailing {@code T}. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9A-F*#.]*T?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** A digest user name: no blanks (IOS words), no quote or backslash (it is sent inside a quoted string). */
    private static final Pattern USERNAME = Pattern.compile("[^\"\\\\]{1,64}");

    private VoiceRegisterPoolGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.GLOBAL, "voice register pool", VoiceRegisterPoolGrammar::pool);
        g.add(Mode.GLOBAL, "voice register", (w, no, d) -> {
            throw new InvalidLine(w.size() < 3 ? "incomplete command: voice register pool N expected"
                    : "'voice register " + w.get(2) + "' is not supported; voice register pool N");
        });
        Mode m = Mode.VOICE_REGISTER_POOL;
        g.add(m, "id number", (w, no, d) -> {
            if (no) {
                Grammar.noMoreWords(w, 3);
                d.currentPool.changes.remove(SrstPoolKeys.ID_NUMBER);
            } else {
                d.currentPool.changes.set(SrstPoolKeys.ID_NUMBER, number(Grammar.oneArg(w, 2, "id number PATTERN")));
            }
            return null;
        });
        g.add(m, "id network", (w, no, d) -> {
            if (no) {
                Grammar.noMoreWords(w, 5);
                d.currentPool.changes.remove(SrstPoolKeys.ID_NETWORK);
                d.currentPool.changes.remove(SrstPoolKeys.ID_MASK);
                return null;
            }
            String network = ipv4(Grammar.argsFrom(w, 2, "id network A.B.C.D mask M.M.M.M").get(0), "id network");
            if (w.size() < 4 || !w.get(3).equalsIgnoreCase("mask")) {
                throw new InvalidLine(w.size() < 4 ? "incomplete command: 'mask M.M.M.M' expected"
                        : "'mask' expected, not '" + w.get(3) + "'");
            }
            String mask = mask(Grammar.oneArg(w, 4, "mask M.M.M.M"));
            d.currentPool.changes.set(SrstPoolKeys.ID_NETWORK, network);
            d.currentPool.changes.set(SrstPoolKeys.ID_MASK, mask);
            return null;
        });
        g.add(m, "id", (w, no, d) -> {
            throw new InvalidLine(w.size() < 2 ? "incomplete command: id number PATTERN | id network A.B.C.D mask M.M.M.M"
                    : "'id " + w.get(1) + "' is not supported; id number PATTERN | id network A.B.C.D mask M.M.M.M");
        });
        g.add(m, "username", (w, no, d) -> {
            if (no) {
                // "no username", "no username U", "no username U password ...": all remove the credentials
                d.currentPool.changes.remove(SrstPoolKeys.USERNAME);
                d.currentPool.changes.remove(SrstPoolKeys.PASSWORD);
                return null;
            }
            Grammar.argsFrom(w, 1, "username U password P");
            String user = w.get(1);
            if (!USERNAME.matcher(user).matches()) {
                throw new InvalidLine("invalid username '" + user + "' (no quote or backslash, at most 64 characters)");
            }
            if (w.size() < 3 || !w.get(2).equalsIgnoreCase("password")) {
                throw new InvalidLine(w.size() < 3 ? "incomplete command: 'password P' expected"
                        : "'password' expected, not '" + w.get(2) + "'");
            }
            d.currentPool.changes.set(SrstPoolKeys.USERNAME, user);
            d.currentPool.changes.set(SrstPoolKeys.PASSWORD, password(w, 3));
            return null;
        });
    }

    /** {@code [no] voice register pool N}. */
    private static Mode pool(List<String> w, boolean no, ConfigDelta d) throws InvalidLine {
        int tag = Grammar.intArg(w, 3, SrstPoolKeys.TAG_MIN, SrstPoolKeys.TAG_MAX, "voice register pool tag");
        ConfigDelta.PoolChange pool = d.pools.get(tag);
        if (no) {
            ConfigDelta.PoolChange deleted = new ConfigDelta.PoolChange(tag);
            deleted.replace = true;
            d.pools.put(tag, deleted);
            d.currentPool = null;
            return null;
        }
        if (pool == null) {
            pool = new ConfigDelta.PoolChange(tag);
            d.pools.put(tag, pool);
        }
        pool.entered = true;
        pool.changes.set(SrstPoolKeys.TAG, tag);
        d.currentPool = pool;
        d.notYetActive(NOT_ACTIVE);
        return Mode.VOICE_REGISTER_POOL;
    }

    /** An {@code id number} pattern, upper-cased ({@code t} = {@code T}). */
    static String number(String pattern) throws InvalidLine {
        String p = pattern.toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(p).matches() || p.equals("T") || p.equals("+")) {
            throw new InvalidLine("invalid id number '" + pattern + "': digits, A-F, * # +, '.' for any one, "
                    + "a trailing T for any more");
        }
        return p;
    }

    /** A dotted-quad IPv4 address, normalized ({@code 010.1.1.1} → {@code 10.1.1.1}). */
    static String ipv4(String text, String what) throws InvalidLine {
        Matcher m = IPV4.matcher(text);
        if (!m.matches()) {
            throw new InvalidLine(what + ": '" + text + "' is not an IPv4 address A.B.C.D");
        }
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= 4; g++) {
            int octet = Integer.parseInt(m.group(g));
            if (octet > 255) {
                throw new InvalidLine(what + ": '" + text + "' is not an IPv4 address (octet above 255)");
            }
            b.append(g > 1 ? "." : "").append(octet);
        }
        return b.toString();
    }

    /** A contiguous network mask ({@code 255.255.0.0}; {@code 255.0.255.0} is refused, as the registrar would). */
    static String mask(String text) throws InvalidLine {
        String mask = ipv4(text, "mask");
        int bits = 0;
        for (String octet : mask.split("\\.")) {
            bits = (bits << 8) | Integer.parseInt(octet);
        }
        if (bits != 0 && Integer.numberOfLeadingZeros(~bits) + Integer.numberOfTrailingZeros(bits) != 32) {
            throw new InvalidLine("mask " + text + " is not contiguous");
        }
        return mask;
    }

    /** {@code password P}, {@code password 0 P} or {@code password 7 TYPE7} from {@code at}: the clear password. */
    private static String password(List<String> w, int at) throws InvalidLine {
        if (w.size() <= at) {
            throw new InvalidLine("incomplete command: PASSWORD expected after 'password'");
        }
        String first = w.get(at);
        if (w.size() == at + 1) {
            return first;
        }
        if (!first.equals("0") && !first.equals("7")) {
            throw new InvalidLine("unexpected '" + w.get(at + 1) + "'");
        }
        String secret = Grammar.oneArg(w, at + 1, "PASSWORD");
        return first.equals("7") ? Type7Password.decode(secret) : secret;
    }
}
