package org.voxgate.dialpeer.internal.select;

import java.util.Objects;
import java.util.Optional;

import org.voxgate.dialpeer.internal.pattern.Match;

/**
 * One line of {@code show dialplan number DIGITS}: what outbound selection thought of one peer.
 *
 * @param peer         the peer
 * @param state        its outbound operational state
 * @param match        how its {@code destination-pattern} matched the number, if it did
 * @param disposition  the outcome for this peer
 * @param huntPosition 1-based position in the hunt list, 0 if the peer is not hunted
 * @param detail       a one-line human explanation, e.g. {@code matched but down: no session target}
 */
public record PeerExplanation(PeerCandidate peer, OperationalState state, Optional<Match> match,
        Disposition disposition, int huntPosition, String detail) {

    /** Outcome of outbound selection for one peer. */
    public enum Disposition {
        /** In the hunt list at {@link #huntPosition()}. */
        HUNTED,
        /** Matched and up, but ranked after a peer with {@code huntstop}. */
        AFTER_HUNTSTOP,
        /** Matched but not operationally up. */
        DOWN,
        /** No destination-pattern, or it does not match the number. */
        NO_MATCH
    }

    public PeerExplanation {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(detail, "detail");
        if ((disposition == Disposition.HUNTED) != (huntPosition > 0)) {
            throw new IllegalArgumentException("huntPosition " + huntPosition + " contradicts " + disposition);
        }
    }

    public String tag() {
        return peer.tag();
    }

    public boolean matched() {
        return match.isPresent();
    }

    /** Explicit (literal) digits of the match, 0 if none. */
    public int explicitDigits() {
        return match.map(Match::explicitDigits).orElse(0);
    }

    /** Characters of the number consumed by the pattern, 0 if no match. */
    public int matchLength() {
        return match.map(Match::matchedLength).orElse(0);
    }

    public int preference() {
        return peer.preference();
    }

    /** {@code "up"} or {@code "down (reason)"}, the state column of {@code show dialplan number}. */
    public String stateText() {
        return state.up() ? "up" : "down (" + state.reason() + ")";
    }
}
