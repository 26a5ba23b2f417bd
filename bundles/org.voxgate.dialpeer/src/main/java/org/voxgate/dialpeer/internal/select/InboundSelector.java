package org.voxgate.dialpeer.internal.select;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.voxgate.dialpeer.internal.pattern.DigitPattern;
import org.voxgate.dialpeer.internal.pattern.Match;

/**
 * Inbound dial-peer matching for SIP calls, seed-era order (semantics.md §1.3): {@code incoming called-number}
 * against the called number, then {@code answer-address} against the calling number, then
 * {@code destination-pattern} against the calling number. A criterion is tried only if no peer matched the
 * previous one; no match at all means dial-peer 0.
 *
 * <p>Candidates are voip peers that are not {@code shutdown}; a session target is not required, since inbound
 * peers often have none. Within one criterion the longest match wins (same {@link
 * org.voxgate.dialpeer.internal.pattern.PatternSpecificity} order as outbound); ties go to the lowest
 * {@code preference}, then the numerically lowest tag, so the choice is deterministic — inbound matching must
 * pick the same peer every time or its dtmf-relay and codec settings would vary from call to call.
 */
public final class InboundSelector {

    private record Candidate(PeerCandidate peer, Match match) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.match().specificity(), Comparator.reverseOrder())
            .thenComparingInt(c -> c.peer().preference())
            .thenComparing(c -> c.peer().tag(), PeerCandidate.TAG_ORDER);

    private InboundSelector() {
    }

    /**
     * Selects the inbound peer.
     *
     * @param calledNumber  DNIS (Request-URI user part), or null if unknown
     * @param callingNumber ANI (From user part), or null if anonymous
     * @param peers         all configured peers
     * @return the selected peer and the criterion that matched, or dial-peer 0
     */
    public static InboundSelection select(String calledNumber, String callingNumber, List<PeerCandidate> peers) {
        Objects.requireNonNull(peers, "peers");
        List<PeerCandidate> candidates = peers.stream().filter(p -> p.adminUp() && p.isVoip()).toList();
        return best(InboundCriterion.INCOMING_CALLED_NUMBER, PeerCandidate::incomingCalledNumber, calledNumber,
                candidates)
                .or(() -> best(InboundCriterion.ANSWER_ADDRESS, PeerCandidate::answerAddress, callingNumber,
                        candidates))
                .or(() -> best(InboundCriterion.DESTINATION_PATTERN, PeerCandidate::destinationPattern,
                        callingNumber, candidates))
                .orElse(InboundSelection.DIAL_PEER_0);
    }

    private static Optional<InboundSelection> best(InboundCriterion criterion,
            Function<PeerCandidate, DigitPattern> statement, String number, List<PeerCandidate> candidates) {
        if (number == null) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(p -> statement.apply(p) != null)
                .flatMap(p -> statement.apply(p).match(number).map(m -> new Candidate(p, m)).stream())
                .min(BEST_FIRST)
                .map(c -> new InboundSelection(Optional.of(c.peer()), criterion, Optional.of(c.match())));
    }
}
