package org.voxgate.config.ios.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Argument syntax shared by several modes: SIP targets ({@code session target}, {@code sip-server})
 * and digit patterns ({@code destination-pattern}, {@code incoming called-number}, {@code answer-address}).
 * Only a light check: the dial-peer bundle compiles the patterns and resolves the targets.
 */
final class Syntax {
    /** The IOS CLI's accepted alphabet of a digit pattern (semantics.md §1.1). */
    private static final Pattern PATTERN_ALPHABET = Pattern.compile("^[\\]\\[^0-9,A-F#*.?+%()-]*T?(\\$)?$");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");

    private Syntax() {}

    /**
     * A dial-peer digit pattern: the IOS alphabet, then brackets closed and not nested, no empty
     * {@code []}, parentheses balanced and not inside brackets.
     */
    static String digitPattern(String pattern, String what) throws InvalidLine {
        if (!PATTERN_ALPHABET.matcher(pattern).matches()) {
            throw new InvalidLine("invalid " + what + " '" + pattern
                    + "': digits, A-F, * # . ? + % , ^ - [ ] ( ) and an optional trailing T and $ expected");
        }
        boolean inBracket = false;
        int bracketStart = -1;
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '[') {
                if (inBracket) {
                    throw new InvalidLine("invalid " + what + " '" + pattern + "': nested '['");
                }
                inBracket = true;
                bracketStart = i;
            } else if (c == ']') {
                if (!inBracket) {
                    throw new InvalidLine("invalid " + what + " '" + pattern + "': ']' without '['");
                }
                if (i == bracketStart + 1 || (i == bracketStart + 2 && pattern.charAt(i - 1) == '^')) {
                    throw new InvalidLine("invalid " + what + " '" + pattern + "': empty '[]'");
                }
                inBracket = false;
            } else if (c == '(' || c == ')') {
                if (inBracket) {
                    throw new InvalidLine("invalid " + what + " '" + pattern + "': '" + c + "' inside '[]'");
                }
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    throw new InvalidLine("invalid " + what + " '" + pattern + "': ')' without '('");
                }
            }
        }
        if (inBracket) {
            throw new InvalidLine("invalid " + what + " '" + pattern + "': '[' not closed");
        }
        if (depth != 0) {
            throw new InvalidLine("invalid " + what + " '" + pattern + "': '(' not closed");
        }
        return pattern;
    }

    /**
     * {@code ipv4:A.B.C.D[:port]} or {@code dns:HOST[:port]}, returned with the scheme lower-cased.
     *
     * @param what the command, for the error message
     */
    static String sipAddress(String target, String what) throws InvalidLine {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ipv4:")) {
            String rest = target.substring(5);
            String host = withoutPort(rest, what);
            var m = IPV4.matcher(host);
            if (!m.matches()) {
                throw new InvalidLine(what + ": '" + host + "' is not an IPv4 address A.B.C.D");
            }
            for (int g = 1; g <= 4; g++) {
                if (Integer.parseInt(m.group(g)) > 255) {
                    throw new InvalidLine(what + ": '" + host + "' is not an IPv4 address (octet above 255)");
                }
            }
            return "ipv4:" + rest;
        }
        if (lower.startsWith("dns:")) {
            String rest = target.substring(4);
            String host = withoutPort(rest, what);
            if (!HOST.matcher(host).matches() || host.length() > 253) {
                throw new InvalidLine(what + ": '" + host + "' is not a host name");
            }
            return "dns:" + rest;
        }
        throw new InvalidLine(what + ": ipv4:A.B.C.D[:port] or dns:HOST[:port] expected, not '" + target + "'");
    }

    /** The host part of {@code host[:port]}, after checking the port is 1-65535. */
    private static String withoutPort(String hostPort, String what) throws InvalidLine {
        if (hostPort.isEmpty()) {
            throw new InvalidLine("incomplete command: " + what + " address expected");
        }
        int colon = hostPort.indexOf(':');
        if (colon < 0) {
            return hostPort;
        }
        String port = hostPort.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new InvalidLine(what + ": port '" + port + "' out of range 1-65535");
        }
        return hostPort.substring(0, colon);
    }
}
