package org.voxgate.spi.dtmf;

/**
 * One key press as relayed between legs: the key and how long it was held.
 *
 * @param key        one of {@code 0123456789*#ABCD}
 * @param durationMs how long the key was down, in milliseconds (at least 1)
 */
public record DtmfDigit(char key, int durationMs) {
    /** The keys in RFC 4733 event order: the index of a key is its event code (0-9, * = 10, # = 11, A-D = 12-15). */
    public static final String KEYS = "0123456789*#ABCD";

    public DtmfDigit {
        key = Character.toUpperCase(key);
        if (KEYS.indexOf(key) < 0) {
            throw new IllegalArgumentException("not a DTMF key: '" + key + "'");
        }
        if (durationMs < 1) {
            throw new IllegalArgumentException("DTMF duration must be positive: " + durationMs);
        }
    }

    /** The RFC 4733 event code of this key (also the first byte of a Cisco NOTIFY body). */
    public int event() {
        return KEYS.indexOf(key);
    }

    /** The key of an RFC 4733 event code 0-15; -1 for any other code (flash = 16 is not a key). */
    public static char keyOf(int event) {
        return event >= 0 && event < KEYS.length() ? KEYS.charAt(event) : (char) -1;
    }

    public static boolean isKey(char c) {
        return KEYS.indexOf(Character.toUpperCase(c)) >= 0;
    }
}
