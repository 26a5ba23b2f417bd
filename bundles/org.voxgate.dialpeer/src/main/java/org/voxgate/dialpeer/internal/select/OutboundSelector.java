package org.voxgate.dialpeer.internal.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.voxgate.dialpeer.internal.pattern.Match;
import org.voxgate.dialpeer.internal.select.PeerExplanation.Disposition;

/**
 * Outbound dial-peer selection by called number under {@code dial-peer hunt 0}, the IOS default
 * (semantics.md §1.2): longest match, then lowest {@code preference}, then random among equals; hunting stops
 * after the first peer with {@code huntstop}. Only criterion (7) — {@code destination-pattern} against the
 * called number — is implemented, which is all the seed needs.
 *
 * <p>Stateless; the random generator is a parameter so tests can seed it and so the caller decides whether
 * calls share one generator.
 */
public final class OutboundSelector {

    /** hunt 0 before the random step: most explicit match first, then lowest preference. */
    private static final Comparator<Ranked> HUNT_0 = Comparator
            .comparing((Ranked r) -> r.match().specificity(), Comparator.reverseOrder())
            .thenComparingInt(r -> r.peer().preference());

    private OutboundSelector() {
    }

    private record Ranked(PeerCandidate peer, Match match) {
    }

    /**
     * Builds the hunt list for {@code calledNumber}.
     *
     * @param calledNumber the called number (DNIS / user part of the Request-URI)
     * @param peers        all configured peers, in any order
     * @param rnd          source of randomness for ties
     * @return the hunt list with an explanation of every peer
     */
    public static OutboundSelection select(String calledNumber, List<PeerCandidate> peers, RandomGenerator rnd) {
        Objects.requireNonNull(calledNumber, "calledNumber");
        Objects.requireNonNull(peers, "peers");
        Objects.requireNonNull(rnd, "rnd");
        List<Ranked> eligible = new ArrayList<>();
        List<PeerExplanation> others = new ArrayList<>();
        for (PeerCandidate peer : peers) {
            OperationalState state = OperationalState.outbound(peer);
            Optional<Match> match = peer.destinationPattern() == null
                    ? Optional.empty()
                    : peer.destinationPattern().match(calledNumber);
            if (match.isEmpty()) {
                String detail = peer.destinationPattern() == null ? "no destination-pattern" : "no match";
                others.add(new PeerExplanation(peer, state, match, Disposition.NO_MATCH, 0, detail));
            } else if (!state.up()) {
                others.add(new PeerExplanation(peer, state, match, Disposition.DOWN, 0,
                        "matched but down: " + state.reason()));
            } else {
                eligible.add(new Ranked(peer, match.get()));
            }
        }
        eligible.sort(HUNT_0);
        shuffleTies(eligible, rnd);

        List<PeerExplanation> explanation = new ArrayList<>(peers.size());
        String stoppedBy = null;
        for (Ranked r : eligible) {
            if (stoppedBy == null) {
                int position = explanation.size() + 1;
                explanation.add(new PeerExplanation(r.peer(), OperationalState.UP, Optional.of(r.match()),
                        Disposition.HUNTED, position, "hunt position " + position));
                if (r.peer().huntstop()) {
                    stoppedBy = r.peer().tag();
                }
            } else {
                explanation.add(new PeerExplanation(r.peer(), OperationalState.UP, Optional.of(r.match()),
                        Disposition.AFTER_HUNTSTOP, 0, "not hunted: huntstop on dial-peer " + stoppedBy));
            }
        }
        explanation.addAll(others);
        return new OutboundSelection(calledNumber, explanation);
    }

    /** Fisher-Yates shuffle of every run of peers that hunt 0 cannot tell apart. */
    private static void shuffleTies(List<Ranked> sorted, RandomGenerator rnd) {
        int start = 0;
        while (start < sorted.size()) {
            int end = start + 1;
            while (end < sorted.size() && HUNT_0.compare(sorted.get(start), sorted.get(end)) == 0) {
                end++;
            }
            for (int i = end - 1; i > start; i--) {
                int j = start + rnd.nextInt(i - start + 1);
                sorted.set(i, sorted.set(j, sorted.get(i)));
            }
            start = end;
        }
    }
}
