package org.voxgate.dialpeer.internal.pattern;

/**
 * What kind of pattern element consumed one character of the number. The weights pack the four
 * {@link PatternSpecificity} counters into one {@code long} (16 bits each, literals most significant) so the
 * matcher can compare and add specificities as plain numbers; numbers are capped at
 * {@link DigitPattern#MAX_NUMBER_LENGTH} characters so no field can overflow into the next.
 */
enum PositionKind {
    /** A digit, A-F, {@code *}, {@code #}, the leading {@code +} or an escaped character. */
    LITERAL(1L << 48),
    /** One position of a {@code [ ]} set. */
    SET(1L << 32),
    /** A {@code .} wildcard. */
    WILDCARD(1L << 16),
    /** One digit absorbed by the trailing {@code T}. */
    VARIABLE(1L);

    final long weight;

    PositionKind(long weight) {
        this.weight = weight;
    }

    static PatternSpecificity unpack(long value) {
        return new PatternSpecificity((int) (value >>> 48) & 0xFFFF, (int) (value >>> 32) & 0xFFFF,
                (int) (value >>> 16) & 0xFFFF, (int) value & 0xFFFF);
    }
}
