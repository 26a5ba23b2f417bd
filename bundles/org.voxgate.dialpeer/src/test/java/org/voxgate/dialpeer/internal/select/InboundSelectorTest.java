package org.voxgate.dialpeer.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.voxgate.dialpeer.internal.select.Peers.inbound;
import static org.voxgate.dialpeer.internal.select.Peers.pots;
import static org.voxgate.dialpeer.internal.select.Peers.preference;
import static org.voxgate.dialpeer.internal.select.Peers.shutdown;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Inbound order: incoming called-number (DNIS), answer-address (ANI), destination-pattern (ANI), peer 0. */
class InboundSelectorTest {

    private static final String DNIS = "4404123";
    private static final String ANI = "9195551234";

    private static InboundSelection select(PeerCandidate... peers) {
        return InboundSelector.select(DNIS, ANI, List.of(peers));
    }

    private static String tag(InboundSelection s) {
        return s.peer().map(PeerCandidate::tag).orElse("0");
    }

    @Test
    void incomingCalledNumberComesFirstEvenOverLongerMatchesOfLaterCriteria() {
        InboundSelection s = select(inbound("dest", null, null, "9195551234"),
                inbound("answer", null, "9195551234", null), inbound("called", ".T", null, null));
        assertThat(tag(s)).isEqualTo("called");
        assertThat(s.criterion()).isEqualTo(InboundCriterion.INCOMING_CALLED_NUMBER);
        assertThat(s.criterion().command()).isEqualTo("incoming called-number");
        assertThat(s.match().orElseThrow().number()).isEqualTo(DNIS);
        assertThat(s.isDialPeerZero()).isFalse();
    }

    @Test
    void answerAddressIsUsedOnlyWhenNoCalledNumberMatches() {
        InboundSelection s = select(inbound("dest", null, null, "9195551234"), inbound("answer", null, "919T", null),
                inbound("called", "5...", null, null));
        assertThat(tag(s)).isEqualTo("answer");
        assertThat(s.criterion()).isEqualTo(InboundCriterion.ANSWER_ADDRESS);
        assertThat(s.match().orElseThrow().number()).isEqualTo(ANI);
    }

    @Test
    void destinationPatternIsMatchedAgainstTheCallingNumber() {
        InboundSelection s = select(inbound("matchesDnis", null, null, "4404..."),
                inbound("matchesAni", null, null, "919......."));
        assertThat(tag(s)).isEqualTo("matchesAni");
        assertThat(s.criterion()).isEqualTo(InboundCriterion.DESTINATION_PATTERN);
        assertThat(s.criterion().command()).isEqualTo("destination-pattern");
    }

    @Test
    void longestMatchWinsWithinACriterion() {
        assertThat(tag(select(inbound("1", "4...", null, null), inbound("2", "4404...", null, null),
                inbound("3", "44[0-9]4...", null, null)))).isEqualTo("2");
        assertThat(tag(select(inbound("1", null, "9T", null), inbound("2", null, "919.......", null))))
                .isEqualTo("2");
    }

    @Test
    void tiesGoToLowestPreferenceThenLowestNumericTag() {
        PeerCandidate a = preference(inbound("10", "4404...", null, null), 1);
        PeerCandidate b = preference(inbound("20", "4404...", null, null), 0);
        assertThat(tag(select(a, b))).isEqualTo("20");
        assertThat(tag(select(inbound("10", "4404...", null, null), inbound("9", "4404...", null, null))))
                .isEqualTo("9");
    }

    @Test
    void shutdownAndPotsPeersAreNotCandidates() {
        InboundSelection s = select(shutdown(inbound("1", "4404123", null, null)), pots("2", "4404123", 0),
                inbound("3", "4...", null, null));
        assertThat(tag(s)).isEqualTo("3");
    }

    @Test
    void noSessionTargetIsFineInbound() {
        PeerCandidate peer = inbound("1", "4404...", null, null);
        assertThat(peer.hasSessionTarget()).isFalse();
        assertThat(select(peer).peer()).contains(peer);
    }

    @Test
    void noMatchMeansDialPeerZero() {
        InboundSelection s = select(inbound("1", "5...", "8...", "7..."));
        assertThat(s.isDialPeerZero()).isTrue();
        assertThat(s.peer()).isEmpty();
        assertThat(s.match()).isEmpty();
        assertThat(s.criterion()).isEqualTo(InboundCriterion.DEFAULT_PEER);
        assertThat(s.criterion().command()).isEqualTo("dial-peer 0");
        assertThat(InboundSelector.select(DNIS, ANI, List.of()).isDialPeerZero()).isTrue();
    }

    @Test
    void unknownNumbersSkipTheirCriteria() {
        PeerCandidate byAni = inbound("1", null, "919T", "919T");
        assertThat(InboundSelector.select(DNIS, null, List.of(byAni)).isDialPeerZero()).isTrue();
        PeerCandidate byDnis = inbound("2", ".T", null, null);
        assertThat(InboundSelector.select(null, ANI, List.of(byDnis, byAni)).criterion())
                .isEqualTo(InboundCriterion.ANSWER_ADDRESS);
    }

    @Test
    void selectionIsConsistent() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new InboundSelection(Optional.empty(), InboundCriterion.ANSWER_ADDRESS, Optional.empty()));
    }
}
