package org.voxgate.dialpeer.internal;

import org.voxgate.dialpeer.internal.pattern.Match;

/**
 * The digits a POTS dial peer outpulses. IOS default: strip the left-justified digits that the destination
 * pattern matched explicitly, forward the rest; {@code forward-digits all} (or {@code no digit-strip})
 * forwards everything, {@code forward-digits N} the right-most N, {@code forward-digits extra} only the digits
 * beyond the pattern's length; {@code prefix} goes in front.
 */
final class PotsDigits {
    private PotsDigits() {}

    static String outpulse(String number, Match match, String forwardDigits, String prefix) {
        String digits;
        if (forwardDigits == null || forwardDigits.isBlank()) {
            digits = number.substring(Math.min(number.length(), match.leadingExplicitDigits()));
        } else if (forwardDigits.equals("all")) {
            digits = number;
        } else if (forwardDigits.equals("extra")) {
            digits = number.substring(Math.min(number.length(), match.matchedLength()));
        } else {
            int n = Integer.parseInt(forwardDigits);
            digits = number.substring(Math.max(0, number.length() - n));
        }
        return (prefix == null ? "" : prefix) + digits;
    }
}
