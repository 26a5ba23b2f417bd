package org.voxgate.dialpeer.internal.pattern;

import java.util.List;

/** Syntax tree of a pattern body (everything before {@code T} and {@code $}). */
sealed interface PatternNode {

    /** Consumes exactly one character of the number. */
    record Atom(CharClass chars, PositionKind kind) implements PatternNode {
    }

    /** Elements in order: the whole body, or the inside of {@code ( )}. */
    record Sequence(List<PatternNode> items) implements PatternNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /**
     * {@code ?} (optional), {@code %} (optional and repeatable) or {@code +} (repeatable) applied to the element
     * before it.
     */
    record Repeat(PatternNode body, boolean optional, boolean repeatable) implements PatternNode {
    }

    /** A {@code ,} outside brackets: a one-second pause when outpulsing on POTS, invisible to matching. */
    record Pause() implements PatternNode {
    }

    /** True if the node consumes at least one character on some path; pauses-only groups do not. */
    static boolean consumes(PatternNode node) {
        if (node instanceof Atom) {
            return true;
        }
        if (node instanceof Sequence seq) {
            return seq.items().stream().anyMatch(PatternNode::consumes);
        }
        if (node instanceof Repeat rep) {
            return consumes(rep.body());
        }
        return false;
    }

    /** Fewest characters the node can consume. */
    static int minLength(PatternNode node) {
        if (node instanceof Atom) {
            return 1;
        }
        if (node instanceof Sequence seq) {
            return seq.items().stream().mapToInt(PatternNode::minLength).sum();
        }
        if (node instanceof Repeat rep) {
            return rep.optional() ? 0 : minLength(rep.body());
        }
        return 0;
    }

    /** True if the node contains a {@code ?}, {@code %} or {@code +} quantifier. */
    static boolean hasQuantifier(PatternNode node) {
        if (node instanceof Repeat) {
            return true;
        }
        return node instanceof Sequence seq && seq.items().stream().anyMatch(PatternNode::hasQuantifier);
    }
}
