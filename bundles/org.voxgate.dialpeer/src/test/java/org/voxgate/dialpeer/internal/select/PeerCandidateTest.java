package org.voxgate.dialpeer.internal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeerCandidateTest {

    private static PeerCandidate peer(String tag, int preference, String kind) {
        return new PeerCandidate(tag, null, null, null, preference, false, true, true, kind);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 5, 10 })
    void preferenceInRangeIsAccepted(int preference) {
        assertThat(peer("1", preference, "voip").preference()).isEqualTo(preference);
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 11 })
    void preferenceOutOfRangeIsRejected(int preference) {
        assertThatIllegalArgumentException().isThrownBy(() -> peer("1", preference, "voip"))
                .withMessageContaining("preference " + preference);
    }

    @Test
    void kindAndTagAreValidated() {
        assertThat(peer("1", 0, "pots").isVoip()).isFalse();
        assertThat(peer("1", 0, "voip").isVoip()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> peer("1", 0, "VOIP"));
        assertThatIllegalArgumentException().isThrownBy(() -> peer("1", 0, null));
        assertThatIllegalArgumentException().isThrownBy(() -> peer(" ", 0, "voip"));
        assertThatNullPointerException().isThrownBy(() -> peer(null, 0, "voip"));
    }

    @Test
    void tagsSortNumericallyThenAlphabetically() {
        List<String> tags = new ArrayList<>(List.of("b", "100", "9", "a", "10", "010", "2147483648"));
        tags.sort(PeerCandidate.TAG_ORDER);
        assertThat(tags).containsExactly("9", "010", "10", "100", "2147483648", "a", "b");
    }

    @Test
    void outboundStateNamesTheFirstProblem() {
        PeerCandidate down = new PeerCandidate("1", null, null, null, 0, false, false, false, "voip");
        assertThat(OperationalState.outbound(down)).isEqualTo(OperationalState.ADMIN_DOWN);
        PeerCandidate noPattern = new PeerCandidate("1", null, null, null, 0, false, true, false, "voip");
        assertThat(OperationalState.outbound(noPattern)).isEqualTo(OperationalState.NO_DESTINATION_PATTERN);
        PeerCandidate noTarget = Peers.noSessionTarget(Peers.voip("1", "1", 0));
        assertThat(OperationalState.outbound(noTarget)).isEqualTo(OperationalState.NO_SESSION_TARGET);
        assertThat(OperationalState.outbound(Peers.pots("1", "1", 0))).isEqualTo(OperationalState.UP);
    }
}
