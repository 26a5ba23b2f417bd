package org.voxgate.feature.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UninstallPlannerTest {
    // ids: 1 marker, 10+ members, 50+ unrelated bundles
    private static final InstalledBundle MARKER = bundle(1, "voxgate-core");

    private static InstalledBundle bundle(long id, String name, Long... requirers) {
        return new InstalledBundle(id, name, Set.of(requirers));
    }

    private static List<String> names(List<InstalledBundle> bundles) {
        return bundles.stream().map(InstalledBundle::symbolicName).toList();
    }

    @Test
    void removesMembersUsedOnlyByTheFeatureItself() {
        InstalledBundle api = bundle(10, "api", 1L, 11L, 12L);
        InstalledBundle sip = bundle(11, "sip", 1L, 12L, 11L); // a bundle may be wired to itself
        InstalledBundle call = bundle(12, "call", 1L);

        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("api", "sip", "call"), Map.of(),
                List.of(MARKER, api, sip, call));

        assertThat(names(plan.remove())).containsExactly("api", "sip", "call");
        assertThat(plan.kept()).isEmpty();
        assertThat(plan.absent()).isEmpty();
    }

    @Test
    void keepsMembersThatAnotherInstalledFeatureRequires() {
        InstalledBundle api = bundle(10, "api", 1L);
        InstalledBundle call = bundle(12, "call", 1L);

        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("api", "call"),
                Map.of("api", Set.of("voxgate-shell")), List.of(MARKER, api, call));

        assertThat(names(plan.remove())).containsExactly("call");
        assertThat(plan.kept()).singleElement().satisfies(k -> {
            assertThat(k.bundle()).isEqualTo(api);
            assertThat(k.reason()).isEqualTo("also required by feature voxgate-shell");
        });
    }

    @Test
    void keepsMembersWiredToByABundleThatStays() {
        InstalledBundle shell = bundle(50, "shell");
        InstalledBundle api = bundle(10, "api", 1L, 50L);
        InstalledBundle call = bundle(12, "call", 1L);

        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("api", "call"), Map.of(),
                List.of(MARKER, api, call, shell));

        assertThat(names(plan.remove())).containsExactly("call");
        assertThat(plan.kept()).singleElement()
                .satisfies(k -> assertThat(k.reason()).isEqualTo("in use by shell [50]"));
    }

    @Test
    void keepingOneMemberKeepsTheMembersItUses() {
        // outsider -> transport -> spi: transport stays, so spi must stay too, whatever the member order
        InstalledBundle outsider = bundle(50, "outsider");
        InstalledBundle spi = bundle(10, "spi", 1L, 11L);
        InstalledBundle transport = bundle(11, "transport", 1L, 50L);
        InstalledBundle call = bundle(12, "call", 1L);

        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("spi", "transport", "call"), Map.of(),
                List.of(MARKER, spi, transport, call, outsider));

        assertThat(names(plan.remove())).containsExactly("call");
        assertThat(plan.kept()).extracting(UninstallPlan.Kept::toString)
                .containsExactly("transport [11]: in use by outsider [50]", "spi [10]: in use by transport [11]");
    }

    @Test
    void reportsMembersThatAreNotInstalled() {
        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("gone"), Map.of(), List.of(MARKER));

        assertThat(plan.remove()).isEmpty();
        assertThat(plan.absent()).containsExactly("gone");
    }

    @Test
    void aRequirerThatIsNotInTheSnapshotIsStillNamed() {
        InstalledBundle api = bundle(10, "api", 99L);

        UninstallPlan plan = UninstallPlanner.plan(MARKER, List.of("api"), Map.of(), List.of(MARKER, api));

        assertThat(plan.kept()).singleElement().satisfies(k -> assertThat(k.reason()).isEqualTo("in use by bundle 99"));
    }
}
