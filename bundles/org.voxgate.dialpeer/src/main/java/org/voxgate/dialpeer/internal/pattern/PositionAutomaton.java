package org.voxgate.dialpeer.internal.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.voxgate.dialpeer.internal.pattern.PatternNode.Atom;
import org.voxgate.dialpeer.internal.pattern.PatternNode.Repeat;
import org.voxgate.dialpeer.internal.pattern.PatternNode.Sequence;

/**
 * Glushkov (position) automaton of a pattern: one state per character-consuming element plus a start state,
 * and no epsilon transitions. Matching runs all states in parallel (no backtracking), so the cost is
 * O(number length x transitions) whatever the pattern — {@code (1%)%} cannot go exponential as it would in a
 * backtracking regex engine.
 *
 * <p>Every state carries the best (most specific) {@link PatternSpecificity} of any path reaching it, packed
 * into a {@code long} by {@link PositionKind#weight}. Because the weight depends only on the state entered and
 * the packed order is a total order compatible with addition, keeping the per-state maximum (Viterbi) yields the
 * most specific path overall.
 */
final class PositionAutomaton {
    /** IOS: {@code T} collects 0 to 32 digits. Modelled as a chain of 32 optional positions. */
    static final int VARIABLE_TAIL_DIGITS = 32;

    private static final int START = 0;
    private static final long DEAD = -1L;

    private final CharClass[] chars;
    private final PositionKind[] kinds;
    private final int[][] follow;
    private final boolean[] accepting;

    private PositionAutomaton(CharClass[] chars, PositionKind[] kinds, int[][] follow, boolean[] accepting) {
        this.chars = chars;
        this.kinds = kinds;
        this.follow = follow;
        this.accepting = accepting;
    }

    /** The best path found by {@link #bestMatch}. */
    record Result(int length, long packedSpecificity, int leadingLiterals) {
    }

    static PositionAutomaton build(Sequence body, boolean variableTail) {
        return new Builder().build(body, variableTail);
    }

    /**
     * The most specific way the pattern consumes {@code number} entirely, or — if {@code allowPrefix} — any
     * prefix of it (possibly empty, e.g. {@code 1%}); {@code null} if there is none. The caller bounds the
     * number's length.
     */
    Result bestMatch(CharSequence number, boolean allowPrefix) {
        int n = number.length();
        int states = chars.length;
        long[] current = new long[states];
        Arrays.fill(current, DEAD);
        current[START] = 0;
        int[][] cameFrom = new int[n + 1][];
        int bestLength = -1;
        int bestState = -1;
        long bestValue = DEAD;
        if (accepting[START] && (allowPrefix || n == 0)) {
            bestLength = 0;
            bestState = START;
            bestValue = 0;
        }
        for (int i = 0; i < n; i++) {
            int[] from = new int[states];
            long[] next = step(current, number.charAt(i), from);
            if (next == null) {
                break;
            }
            cameFrom[i + 1] = from;
            current = next;
            if (allowPrefix || i + 1 == n) {
                // The most specific prefix wins, not necessarily the longest: for '.%(12)%' on 123, reading
                // "12" as two literals beats reading "123" as three dots. No ties across lengths: the packed
                // counters sum to the consumed length, so equal values mean equal lengths.
                for (int s = 1; s < states; s++) {
                    if (accepting[s] && current[s] > bestValue) {
                        bestValue = current[s];
                        bestState = s;
                        bestLength = i + 1;
                    }
                }
            }
        }
        if (bestState < 0) {
            return null;
        }
        return new Result(bestLength, bestValue, leadingLiterals(cameFrom, bestLength, bestState));
    }

    /** True if some continuation of {@code digits} would be consumed entirely. */
    boolean isViablePrefix(CharSequence digits) {
        long[] current = new long[chars.length];
        Arrays.fill(current, DEAD);
        current[START] = 0;
        int[] scratch = new int[chars.length];
        for (int i = 0; i < digits.length() && current != null; i++) {
            current = step(current, digits.charAt(i), scratch);
        }
        // Every Glushkov state of a pattern without empty sets/groups can reach an accepting state.
        return current != null;
    }

    /** Advances all live states over {@code c}; returns null when no state survives. */
    private long[] step(long[] current, char c, int[] from) {
        long[] next = new long[current.length];
        Arrays.fill(next, DEAD);
        boolean alive = false;
        for (int s = 0; s < current.length; s++) {
            if (current[s] == DEAD) {
                continue;
            }
            for (int t : follow[s]) {
                if (chars[t].contains(c)) {
                    long value = current[s] + kinds[t].weight;
                    if (value > next[t]) {
                        next[t] = value;
                        from[t] = s;
                        alive = true;
                    }
                }
            }
        }
        return alive ? next : null;
    }

    private int leadingLiterals(int[][] cameFrom, int length, int endState) {
        int[] path = new int[length + 1];
        int state = endState;
        for (int i = length; i > 0; i--) {
            path[i] = state;
            state = cameFrom[i][state];
        }
        int count = 0;
        while (count < length && kinds[path[count + 1]] == PositionKind.LITERAL) {
            count++;
        }
        return count;
    }

    /** Standard Glushkov construction: first/last sets and nullability per node, follow sets per position. */
    private static final class Builder {
        private final List<CharClass> chars = new ArrayList<>();
        private final List<PositionKind> kinds = new ArrayList<>();
        private final List<BitSet> follow = new ArrayList<>();

        private record Fragment(boolean nullable, BitSet first, BitSet last) {
        }

        Builder() {
            newPosition(null, null); // START
        }

        PositionAutomaton build(Sequence body, boolean variableTail) {
            Fragment whole = fragment(body);
            if (variableTail) {
                whole = concat(whole, tailChain());
            }
            int states = chars.size();
            int[][] followArrays = new int[states][];
            follow.get(START).or(whole.first());
            for (int s = 0; s < states; s++) {
                followArrays[s] = follow.get(s).stream().toArray();
            }
            boolean[] accepting = new boolean[states];
            whole.last().stream().forEach(s -> accepting[s] = true);
            accepting[START] = whole.nullable();
            return new PositionAutomaton(chars.toArray(CharClass[]::new), kinds.toArray(PositionKind[]::new),
                    followArrays, accepting);
        }

        private Fragment fragment(PatternNode node) {
            if (node instanceof Atom atom) {
                BitSet single = bits(newPosition(atom.chars(), atom.kind()));
                return new Fragment(false, single, single);
            }
            if (node instanceof Sequence seq) {
                Fragment result = new Fragment(true, new BitSet(), new BitSet());
                for (PatternNode item : seq.items()) {
                    result = concat(result, fragment(item));
                }
                return result;
            }
            if (node instanceof Repeat rep) {
                Fragment inner = fragment(rep.body());
                if (rep.repeatable()) {
                    linkAll(inner.last(), inner.first());
                }
                return new Fragment(inner.nullable() || rep.optional(), inner.first(), inner.last());
            }
            return new Fragment(true, new BitSet(), new BitSet()); // Pause
        }

        /** T: positions T1..T32, each optional after the previous, each a possible end. */
        private Fragment tailChain() {
            BitSet last = new BitSet();
            int previous = -1;
            int first = -1;
            for (int i = 0; i < VARIABLE_TAIL_DIGITS; i++) {
                int p = newPosition(CharClass.DIALABLE_CHARS, PositionKind.VARIABLE);
                if (previous < 0) {
                    first = p;
                } else {
                    follow.get(previous).set(p);
                }
                last.set(p);
                previous = p;
            }
            return new Fragment(true, bits(first), last);
        }

        private Fragment concat(Fragment a, Fragment b) {
            linkAll(a.last(), b.first());
            BitSet first = (BitSet) a.first().clone();
            if (a.nullable()) {
                first.or(b.first());
            }
            BitSet last = (BitSet) b.last().clone();
            if (b.nullable()) {
                last.or(a.last());
            }
            return new Fragment(a.nullable() && b.nullable(), first, last);
        }

        private void linkAll(BitSet from, BitSet to) {
            from.stream().forEach(p -> follow.get(p).or(to));
        }

        private int newPosition(CharClass c, PositionKind kind) {
            chars.add(c);
            kinds.add(kind);
            follow.add(new BitSet());
            return chars.size() - 1;
        }

        private static BitSet bits(int position) {
            BitSet b = new BitSet();
            b.set(position);
            return b;
        }
    }
}
