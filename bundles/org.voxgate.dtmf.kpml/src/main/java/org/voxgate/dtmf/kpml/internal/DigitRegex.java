package org.voxgate.dtmf.kpml.internal;

import java.util.Optional;

import org.voxgate.spi.dtmf.DtmfDigit;

/**
 * A KPML {@code <regex>} of one key, the only kind IOS supports (semantics §1.4): {@code x}, a key ({@code 1},
 * {@code #}), or a class ({@code [x#*ABCD]}, {@code [24]}, {@code [2-9]}, {@code [^2-9]}). Multi-key patterns,
 * long-press ({@code L}) and repetition are refused, so the peer learns at once that we cannot serve them.
 *
 * @param keys the keys it matches, in {@link DtmfDigit#KEYS} order
 * @param tag  the regex's {@code tag} attribute, echoed in the report; null without one
 */
record DigitRegex(String keys, String tag) {
    private static final String DIGITS = "0123456789";

    boolean matches(char key) {
        return keys.indexOf(Character.toUpperCase(key)) >= 0;
    }

    static Optional<DigitRegex> parse(String regex, String tag) {
        String r = regex.trim();
        if (r.length() == 1) {
            return single(r.charAt(0)).map(keys -> new DigitRegex(keys, tag));
        }
        if (r.length() < 3 || r.charAt(0) != '[' || r.charAt(r.length() - 1) != ']') {
            return Optional.empty();
        }
        String body = r.substring(1, r.length() - 1);
        boolean negated = body.startsWith("^");
        body = negated ? body.substring(1) : body;
        if (body.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
                Optional<String> range = range(c, body.charAt(i + 2));
                if (range.isEmpty()) {
                    return Optional.empty();
                }
                set.append(range.get());
                i += 2;
            } else {
                Optional<String> one = single(c);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                set.append(one.get());
            }
        }
        StringBuilder keys = new StringBuilder();
        for (char k : DtmfDigit.KEYS.toCharArray()) {
            if ((set.indexOf(String.valueOf(k)) >= 0) != negated) {
                keys.append(k);
            }
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(new DigitRegex(keys.toString(), tag));
    }

    /** {@code x} is any digit 0-9 (RFC 4730 §5.2.2); any other key stands for itself. */
    private static Optional<String> single(char c) {
        if (c == 'x' || c == 'X') {
            return Optional.of(DIGITS);
        }
        return DtmfDigit.isKey(c) ? Optional.of(String.valueOf(Character.toUpperCase(c))) : Optional.empty();
    }

    /** A range within the digits or within A-D, low to high. */
    private static Optional<String> range(char from, char to) {
        String order = Character.isDigit(from) ? DIGITS : "ABCD";
        int a = order.indexOf(Character.toUpperCase(from));
        int b = order.indexOf(Character.toUpperCase(to));
        return a < 0 || b < a ? Optional.empty() : Optional.of(order.substring(a, b + 1));
    }
}
