package org.voxgate.dialpeer.internal.select;

import java.util.List;
import java.util.Objects;

/**
 * Result of outbound selection for one called number.
 *
 * @param calledNumber the number that was routed
 * @param explanation  every peer considered: first the ranked peers (hunted, then those cut off by
 *                     {@code huntstop}) in rank order, then the rest in the order they were given
 */
public record OutboundSelection(String calledNumber, List<PeerExplanation> explanation) {

    public OutboundSelection {
        Objects.requireNonNull(calledNumber, "calledNumber");
        explanation = List.copyOf(explanation);
    }

    /** Peers to try, one at a time, in order; empty means the call fails (no eligible outbound peer). */
    public List<PeerCandidate> huntList() {
        return huntOrder().stream().map(PeerExplanation::peer).toList();
    }

    /** Explanations of the hunted peers, in hunt order (each carries the peer's match). */
    public List<PeerExplanation> huntOrder() {
        return explanation.stream().filter(e -> e.disposition() == PeerExplanation.Disposition.HUNTED).toList();
    }

    public boolean hasRoute() {
        return explanation.stream().anyMatch(e -> e.disposition() == PeerExplanation.Disposition.HUNTED);
    }
}
