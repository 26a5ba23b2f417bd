package org.voxgate.registrar.server.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One {@code voice register pool N}: which REGISTERs it admits ({@code id number PATTERN}, or
 * {@code id network A.B.C.D mask M.M.M.M}, or both: either admits) and the credentials they must prove
 * ({@code username U} / {@code password P}; no username = no authentication).
 *
 * @param tag      pool tag N (lower tags are tried first)
 * @param number   {@code id number}: digits, A-F, {@code * # +} literally, {@code .} = any one character, a trailing
 *                 {@code T} = any further characters; null when not configured
 * @param network  {@code id network} address as a 32-bit int (meaningful only when {@code mask} != 0 or it is set)
 * @param mask     the mask; together with {@code network} only when {@code hasNetwork}
 * @param hasNetwork whether {@code id network} is configured
 * @param username {@code username}, or null
 * @param password {@code password} (never shown), or "" when none
 */
record Pool(int tag, String number, int network, int mask, boolean hasNetwork, String username, String password) {
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9A-Fa-f*#.]*T?");

    Pool {
        password = password == null ? "" : password;
        username = username == null || username.isEmpty() ? null : username;
        number = number == null || number.isBlank() ? null : number.trim().toUpperCase(Locale.ROOT);
        if (number != null && (!NUMBER.matcher(number).matches() || number.equals("T"))) {
            throw new IllegalArgumentException("id number '" + number + "': digits, A-F, * # +, '.' for any one, "
                    + "a trailing T for any more");
        }
    }

    /** A pool from its configured strings; throws {@link IllegalArgumentException} naming the bad one. */
    static Pool of(int tag, String number, String network, String mask, String username, String password) {
        boolean hasNetwork = network != null && !network.isBlank();
        int net = 0;
        int m = 0;
        if (hasNetwork) {
            net = ipv4(network.trim(), "id network");
            m = mask == null || mask.isBlank() ? -1 : ipv4(mask.trim(), "mask");
            if (m != 0 && Integer.numberOfLeadingZeros(~m) + Integer.numberOfTrailingZeros(m) != 32) {
                throw new IllegalArgumentException("mask " + mask + " is not contiguous");
            }
        }
        return new Pool(tag, number, net & m, m, hasNetwork, username, password);
    }

    /** Never shows the password (pools end up in log lines). */
    @Override
    public String toString() {
        return "voice register pool " + tag + (number == null ? "" : " id number " + number)
                + (hasNetwork ? " id network " + dotted(network) + " mask " + dotted(mask) : "")
                + (username == null ? "" : " username " + username + " password *****");
    }

    boolean authenticates() {
        return username != null;
    }

    boolean admitsSomething() {
        return number != null || hasNetwork;
    }

    /** Whether a REGISTER for {@code aor} from {@code sourceAddress} belongs to this pool. */
    boolean matches(String aor, String sourceAddress) {
        return matchesNumber(aor) || matchesSource(sourceAddress);
    }

    boolean matchesNumber(String aor) {
        if (number == null || aor == null) {
            return false;
        }
        String n = aor.toUpperCase(Locale.ROOT);
        boolean open = number.endsWith("T");
        int fixed = open ? number.length() - 1 : number.length();
        if (open ? n.length() < fixed : n.length() != fixed) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            char p = number.charAt(i);
            if (p != '.' && p != n.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean matchesSource(String sourceAddress) {
        if (!hasNetwork || sourceAddress == null) {
            return false;
        }
        try {
            return (ipv4(sourceAddress, "source") & mask) == network;
        } catch (IllegalArgumentException e) {
            return false; // a host name or IPv6 source is in no IPv4 network
        }
    }

    /** "A.B.C.D" of an int. */
    static String dotted(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "." + (address & 0xff);
    }

    /** A dotted-quad IPv4 address as an int; {@link IllegalArgumentException} otherwise. */
    static int ipv4(String text, String what) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            throw new IllegalArgumentException(what + " '" + text + "' is not an IPv4 address");
        }
        int value = 0;
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(what + " '" + text + "' is not an IPv4 address");
            }
            int v = Integer.parseInt(o);
            if (v > 255) {
                throw new IllegalArgumentException(what + " '" + text + "' is not an IPv4 address");
            }
            value = (value << 8) | v;
        }
        return value;
    }

    static boolean isIpv4(String text) {
        try {
            ipv4(text, "host");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
