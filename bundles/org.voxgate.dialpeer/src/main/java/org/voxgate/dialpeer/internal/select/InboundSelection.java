package org.voxgate.dialpeer.internal.select;

import java.util.Objects;
import java.util.Optional;

import org.voxgate.dialpeer.internal.pattern.Match;

/**
 * Result of inbound matching.
 *
 * @param peer      the inbound peer, empty for dial-peer 0
 * @param criterion the match statement that selected it ({@link InboundCriterion#DEFAULT_PEER} when empty)
 * @param match     how that statement matched
 */
public record InboundSelection(Optional<PeerCandidate> peer, InboundCriterion criterion, Optional<Match> match) {

    static final InboundSelection DIAL_PEER_0 =
            new InboundSelection(Optional.empty(), InboundCriterion.DEFAULT_PEER, Optional.empty());

    public InboundSelection {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(match, "match");
        if (peer.isEmpty() != (criterion == InboundCriterion.DEFAULT_PEER) || peer.isPresent() != match.isPresent()) {
            throw new IllegalArgumentException("inconsistent inbound selection: " + peer + " " + criterion);
        }
    }

    /**
     * True when no peer matched. The call then runs with dial-peer 0's defaults (no dtmf-relay, all codecs) —
     * the classic cause of "DTMF doesn't work", so callers should log it.
     */
    public boolean isDialPeerZero() {
        return peer.isEmpty();
    }
}
