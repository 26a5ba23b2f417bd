package org.voxgate.dialpeer.internal.pattern;

/**
 * An immutable set of ASCII characters, as a 128-bit map. Numbers may contain anything (a SIP user part is
 * free text), so non-ASCII characters are simply never members.
 */
final class CharClass {
    /** What one dialled position can be: {@code .} and negated sets range over exactly these. */
    static final String DIALABLE = "0123456789ABCDEF*#+";

    static final CharClass EMPTY = new CharClass(0L, 0L);
    static final CharClass DIALABLE_CHARS = ofAll(DIALABLE);

    private final long low;
    private final long high;

    private CharClass(long low, long high) {
        this.low = low;
        this.high = high;
    }

    static CharClass of(char c) {
        return EMPTY.with(c);
    }

    static CharClass ofAll(String chars) {
        CharClass result = EMPTY;
        for (int i = 0; i < chars.length(); i++) {
            result = result.with(chars.charAt(i));
        }
        return result;
    }

    CharClass with(char c) {
        if (c >= 128) {
            throw new IllegalArgumentException("not ASCII: " + c);
        }
        return c < 64 ? new CharClass(low | 1L << c, high) : new CharClass(low, high | 1L << (c - 64));
    }

    CharClass union(CharClass other) {
        return new CharClass(low | other.low, high | other.high);
    }

    /** The dialable characters not in this class: the meaning of {@code [^...]}. */
    CharClass complementInDialable() {
        return new CharClass(DIALABLE_CHARS.low & ~low, DIALABLE_CHARS.high & ~high);
    }

    boolean contains(char c) {
        if (c >= 128) {
            return false;
        }
        return c < 64 ? (low & 1L << c) != 0 : (high & 1L << (c - 64)) != 0;
    }

    boolean isEmpty() {
        return low == 0 && high == 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (char c = 0; c < 128; c++) {
            if (contains(c)) {
                sb.append(c);
            }
        }
        return sb.append(']').toString();
    }
}
