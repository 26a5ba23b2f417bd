package org.voxgate.itests.dist;

/**
 * One DTMF key a {@link DtmfUa} observed: the key ({@code 0-9 * # A-D}), its duration in milliseconds as the
 * method conveyed it (-1 when the method carries none, i.e. KPML) and the method it arrived by.
 */
public record DtmfDigit(char key, int durationMs, DtmfMethod method) {
    /** The sixteen keys in RFC 4733 event order (event 0-15). */
    public static final String KEYS = "0123456789*#ABCD";

    /** RFC 4733 event code of a key: 0-9, * = 10, # = 11, A-D = 12-15. */
    public static int event(char key) {
        int e = KEYS.indexOf(Character.toUpperCase(key));
        if (e < 0) {
            throw new IllegalArgumentException("Not a DTMF key: '" + key + "'");
        }
        return e;
    }

    /** The key of an RFC 4733 event code 0-15, or '?' for anything else (e.g. 16 = flash). */
    public static char key(int event) {
        return event >= 0 && event < KEYS.length() ? KEYS.charAt(event) : '?';
    }

    @Override
    public String toString() {
        return key + "/" + (durationMs < 0 ? "-" : durationMs + "ms") + "/" + method;
    }
}
