package org.voxgate.dialpeer.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.voxgate.dialpeer.internal.select.Peers.huntstop;
import static org.voxgate.dialpeer.internal.select.Peers.noSessionTarget;
import static org.voxgate.dialpeer.internal.select.Peers.pots;
import static org.voxgate.dialpeer.internal.select.Peers.shutdown;
import static org.voxgate.dialpeer.internal.select.Peers.voip;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.voxgate.dialpeer.internal.select.PeerExplanation.Disposition;

/** {@code dial-peer hunt 0}: longest match, then preference, then random; huntstop; operational state. */
class OutboundSelectorTest {

    private static final RandomGenerator RND = new Random(42);

    private static List<String> hunt(String number, PeerCandidate... peers) {
        return OutboundSelector.select(number, List.of(peers), RND).huntList().stream()
                .map(PeerCandidate::tag).toList();
    }

    private static PeerExplanation explain(OutboundSelection selection, String tag) {
        return selection.explanation().stream().filter(e -> e.tag().equals(tag)).findFirst().orElseThrow();
    }

    @Test
    void longestMatchBeatsPreference() {
        assertThat(hunt("2001", voip("1", "2...", 0), voip("2", "200.", 5))).containsExactly("2", "1");
    }

    @Test
    void preferenceBreaksTiesBetweenEquallyLongMatches() {
        assertThat(hunt("2001", voip("1", "200.", 2), voip("2", "200.", 1), voip("3", "200.", 0)))
                .containsExactly("3", "2", "1");
        // different patterns, same specificity: still a tie on length
        assertThat(hunt("2001", voip("1", "20[0-1].", 3), voip("2", "20[0-9].", 1))).containsExactly("2", "1");
    }

    @Test
    void cucmRedundancyPrefersSubscriberAThenB() {
        PeerCandidate subA = voip("3401", "4404...", 1);
        PeerCandidate subB = voip("3402", "4404...", 2);
        for (int seed = 0; seed < 20; seed++) {
            List<PeerCandidate> list = OutboundSelector.select("4404123", List.of(subB, subA), new Random(seed))
                    .huntList();
            assertThat(list).containsExactly(subA, subB);
        }
    }

    /**
     * SplittableRandom, not java.util.Random: the first nextInt(2) of java.util.Random is the same for every seed
     * 0..63 (neighbouring seeds are correlated), which would hide both orders.
     */
    @Test
    void equalPeersAreOrderedRandomlyAndBothOrdersOccur() {
        List<PeerCandidate> peers = List.of(voip("10", "4404...", 0), voip("20", "4404...", 0));
        Set<List<String>> orders = new HashSet<>();
        for (int seed = 0; seed < 64; seed++) {
            List<String> order = OutboundSelector.select("4404123", peers, new SplittableRandom(seed)).huntList()
                    .stream()
                    .map(PeerCandidate::tag).toList();
            assertThat(order).containsExactlyInAnyOrder("10", "20");
            orders.add(order);
        }
        assertThat(orders).containsExactlyInAnyOrder(List.of("10", "20"), List.of("20", "10"));
    }

    @Test
    void sameSeedGivesSameOrder() {
        List<PeerCandidate> peers = List.of(voip("1", "4...", 0), voip("2", "4...", 0), voip("3", "4...", 0),
                voip("4", "4...", 0));
        assertThat(OutboundSelector.select("4000", peers, new Random(7)).huntList())
                .isEqualTo(OutboundSelector.select("4000", peers, new Random(7)).huntList());
    }

    @Test
    void randomnessStaysWithinTiedGroups() {
        List<PeerCandidate> peers = List.of(voip("low1", "4...", 0), voip("best", "400.", 0),
                voip("low2", "4...", 0), voip("worse", "4...", 3));
        for (int seed = 0; seed < 32; seed++) {
            List<String> order = OutboundSelector.select("4001", peers, new SplittableRandom(seed)).huntList()
                    .stream()
                    .map(PeerCandidate::tag).toList();
            assertThat(order.get(0)).isEqualTo("best");
            assertThat(order.subList(1, 3)).containsExactlyInAnyOrder("low1", "low2");
            assertThat(order.get(3)).isEqualTo("worse");
        }
    }

    @Test
    void huntstopTruncatesAfterThatPeer() {
        PeerCandidate first = voip("1", "4404...", 0);
        PeerCandidate stopper = huntstop(voip("2", "4404...", 1));
        PeerCandidate never = voip("3", "4404...", 2);
        PeerCandidate neverEither = voip("4", "4...", 0);
        OutboundSelection s = OutboundSelector.select("4404123", List.of(never, neverEither, stopper, first), RND);
        assertThat(s.huntList()).containsExactly(first, stopper);
        assertThat(explain(s, "3").disposition()).isEqualTo(Disposition.AFTER_HUNTSTOP);
        assertThat(explain(s, "3").detail()).isEqualTo("not hunted: huntstop on dial-peer 2");
        assertThat(explain(s, "4").disposition()).isEqualTo(Disposition.AFTER_HUNTSTOP);
        assertThat(explain(s, "4").huntPosition()).isZero();
    }

    @Test
    void huntstopOnTheBestPeerLeavesOnlyIt() {
        assertThat(hunt("2001", huntstop(voip("1", "2001", 0)), voip("2", "2...", 0))).containsExactly("1");
    }

    @Test
    void huntstopOnADownPeerDoesNotTruncate() {
        assertThat(hunt("2001", shutdown(huntstop(voip("1", "2001", 0))), voip("2", "2...", 0)))
                .containsExactly("2");
    }

    @Test
    void downPeersAreExcludedButExplained() {
        OutboundSelection s = OutboundSelector.select("4404123", List.of(shutdown(voip("1", "4404...", 0)),
                noSessionTarget(voip("2", "4404...", 0)), voip("3", "4...", 9)), RND);
        assertThat(s.huntList()).extracting(PeerCandidate::tag).containsExactly("3");

        PeerExplanation shut = explain(s, "1");
        assertThat(shut.disposition()).isEqualTo(Disposition.DOWN);
        assertThat(shut.state()).isEqualTo(OperationalState.ADMIN_DOWN);
        assertThat(shut.matched()).isTrue();
        assertThat(shut.explicitDigits()).isEqualTo(4);
        assertThat(shut.detail()).isEqualTo("matched but down: shutdown");
        assertThat(shut.stateText()).isEqualTo("down (shutdown)");

        PeerExplanation noTarget = explain(s, "2");
        assertThat(noTarget.disposition()).isEqualTo(Disposition.DOWN);
        assertThat(noTarget.state().up()).isFalse();
        assertThat(noTarget.state().reason()).isEqualTo("no session target");
        assertThat(noTarget.huntPosition()).isZero();
    }

    @Test
    void potsPeersNeedNoSessionTargetButNeedAPattern() {
        OutboundSelection s = OutboundSelector.select("5001", List.of(pots("1", "5...", 0), pots("2", null, 0),
                voip("3", null, 0)), RND);
        assertThat(s.huntList()).extracting(PeerCandidate::tag).containsExactly("1");
        assertThat(explain(s, "2").state()).isEqualTo(OperationalState.NO_DESTINATION_PATTERN);
        assertThat(explain(s, "2").disposition()).isEqualTo(Disposition.NO_MATCH);
        assertThat(explain(s, "2").detail()).isEqualTo("no destination-pattern");
        assertThat(explain(s, "3").state().reason()).isEqualTo("no destination-pattern");
    }

    @Test
    void noMatchingPeerMeansNoRoute() {
        OutboundSelection s = OutboundSelector.select("9001", List.of(voip("1", "2...", 0), voip("2", "9....$", 0),
                voip("3", "90011", 0)), RND);
        assertThat(s.hasRoute()).isFalse();
        assertThat(s.huntList()).isEmpty();
        assertThat(s.explanation()).extracting(PeerExplanation::disposition).containsOnly(Disposition.NO_MATCH);
        assertThat(s.explanation()).extracting(PeerExplanation::detail).containsOnly("no match");
        assertThat(OutboundSelector.select("9001", List.of(), RND).hasRoute()).isFalse();
    }

    @Test
    void explanationListsRankedPeersFirstThenTheRestInInputOrder() {
        OutboundSelection s = OutboundSelector.select("4404123", List.of(voip("nomatch", "5...", 0),
                voip("general", "4...", 0), shutdown(voip("down", "4404...", 0)), voip("best", "4404...", 0)), RND);
        assertThat(s.calledNumber()).isEqualTo("4404123");
        assertThat(s.explanation()).extracting(PeerExplanation::tag)
                .containsExactly("best", "general", "nomatch", "down");
        assertThat(s.explanation()).extracting(PeerExplanation::huntPosition).containsExactly(1, 2, 0, 0);
        assertThat(s.huntOrder()).extracting(PeerExplanation::detail)
                .containsExactly("hunt position 1", "hunt position 2");
        PeerExplanation best = s.huntOrder().get(0);
        assertThat(best.explicitDigits()).isEqualTo(4);
        assertThat(best.matchLength()).isEqualTo(7);
        assertThat(best.preference()).isZero();
        assertThat(best.state()).isEqualTo(OperationalState.UP);
        assertThat(best.stateText()).isEqualTo("up");
        assertThat(s.huntOrder().get(1).matchLength()).isEqualTo(4); // '4...' prefix-matches 4404123
        assertThat(explain(s, "nomatch").matchLength()).isZero();
        assertThat(explain(s, "nomatch").explicitDigits()).isZero();
    }

    @Test
    void enBlocPrefixMatchAndAnchoredPatterns() {
        assertThat(hunt("20001", voip("prefix", "2...", 0), voip("anchored", "2...$", 0))).containsExactly("prefix");
        assertThat(hunt("20001", voip("short", "2...", 0), voip("exact", "2....", 0)))
                .containsExactly("exact", "short");
    }

    @Test
    void argumentsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> OutboundSelector.select(null, List.of(), RND));
        assertThatNullPointerException().isThrownBy(() -> OutboundSelector.select("1", null, RND));
        assertThatNullPointerException().isThrownBy(() -> OutboundSelector.select("1", List.of(), null));
    }
}
