package org.voxgate.dialpeer.internal.pattern;

import java.util.Comparator;

/**
 * How explicitly a pattern matched a number: the "longest match" measure of {@code dial-peer hunt 0}
 * (semantics.md §1.2). Each counter is the number of characters of the number consumed by that kind of element,
 * so a repeated group such as {@code 333(123)%} counts every repetition.
 *
 * <p>Ordering (natural order = less specific first): compare {@link #literals()}, then {@link #sets()}, then
 * {@link #wildcards()}, then {@link #variableDigits()}; more is better in each. So a literal beats a set, a set
 * beats a {@code .}, and a {@code .} beats a digit swallowed by {@code T}: for 2001, {@code 2001} &gt;
 * {@code 200.} &gt; {@code 20[0-4].} &gt; {@code 2...} &gt; {@code 2T}. Narrower sets are deliberately not
 * ranked above wider ones: IOS counts explicit digits, and a set is never an explicit digit. Because every
 * consumed character adds to some counter, a pattern that consumes more of the number (e.g. {@code 2....} vs
 * {@code 2...} on the en-bloc number 20001) wins when the literals are equal.
 */
public record PatternSpecificity(int literals, int sets, int wildcards, int variableDigits)
        implements Comparable<PatternSpecificity> {

    /** Sorts matches best (longest) first; equal matches keep their relative order (a stable sort). */
    public static final Comparator<Match> LONGEST_MATCH_FIRST =
            Comparator.comparing(Match::specificity, Comparator.reverseOrder());

    /** Matched nothing, e.g. {@code T} against an empty number. */
    public static final PatternSpecificity NONE = new PatternSpecificity(0, 0, 0, 0);

    public PatternSpecificity {
        if (literals < 0 || sets < 0 || wildcards < 0 || variableDigits < 0) {
            throw new IllegalArgumentException("negative specificity counter");
        }
    }

    @Override
    public int compareTo(PatternSpecificity other) {
        int c = Integer.compare(literals, other.literals);
        if (c == 0) {
            c = Integer.compare(sets, other.sets);
        }
        if (c == 0) {
            c = Integer.compare(wildcards, other.wildcards);
        }
        return c != 0 ? c : Integer.compare(variableDigits, other.variableDigits);
    }

    /** True if this match is strictly more explicit than {@code other}. */
    public boolean isMoreSpecificThan(PatternSpecificity other) {
        return compareTo(other) > 0;
    }

    /** Number of characters consumed in total. */
    public int length() {
        return literals + sets + wildcards + variableDigits;
    }
}
