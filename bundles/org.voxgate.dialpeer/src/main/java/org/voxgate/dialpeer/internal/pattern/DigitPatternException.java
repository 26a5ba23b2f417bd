package org.voxgate.dialpeer.internal.pattern;

/**
 * A pattern string that IOS would not accept as a {@code destination-pattern}, {@code incoming called-number}
 * or {@code answer-address}. It is an {@link IllegalArgumentException} so callers that only validate can catch
 * the standard type; the index lets config import point at the offending character, as IOS does with its
 * {@code ^} marker.
 */
public final class DigitPatternException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int index;
    private final String reason;

    DigitPatternException(String pattern, int index, String reason) {
        super("Invalid dial-peer pattern \"" + pattern + "\": " + reason + " at index " + index);
        this.pattern = pattern;
        this.index = index;
        this.reason = reason;
    }

    /** The pattern text as given. */
    public String pattern() {
        return pattern;
    }

    /** 0-based index of the offending character in {@link #pattern()}. */
    public int index() {
        return index;
    }

    /** The reason without the pattern and index, e.g. {@code unclosed '['}. */
    public String reason() {
        return reason;
    }
}
