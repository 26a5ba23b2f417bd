package org.voxgate.feature.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Decides which members of a feature can go when the feature is uninstalled. Pure logic over
 * {@link InstalledBundle} snapshots; {@link FeatureUninstaller} feeds it from the framework.
 * <p>
 * A member stays if another installed feature also requires it, or if a bundle that stays installed is wired
 * to it. Bundles of the base runtime (logging, CLI socket, this bundle, the OSGi services) are members of no
 * feature, so they are never candidates; whether a member came from the launcher's first start or from OBR
 * does not matter. The last rule is
 * applied until nothing changes: keeping one member can keep the members it is wired to.
 */
final class UninstallPlanner {

    private UninstallPlanner() {
    }

    /**
     * @param marker            the feature's marker bundle (always removed)
     * @param memberNames       symbolic names from the marker's Require-Bundle
     * @param otherFeatureNeeds member symbolic name → names of the other installed features that require it
     * @param installed         every bundle installed in the framework (the marker and members included)
     */
    static UninstallPlan plan(InstalledBundle marker, List<String> memberNames,
            Map<String, Set<String>> otherFeatureNeeds, Collection<InstalledBundle> installed) {
        Map<Long, InstalledBundle> byId = new LinkedHashMap<>();
        installed.forEach(b -> byId.put(b.id(), b));

        List<UninstallPlan.Kept> kept = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        Map<Long, InstalledBundle> candidates = new LinkedHashMap<>();
        for (String name : memberNames) {
            List<InstalledBundle> matches = installed.stream()
                    .filter(b -> b.symbolicName().equals(name) && b.id() != marker.id())
                    .toList();
            if (matches.isEmpty()) {
                absent.add(name);
            }
            for (InstalledBundle member : matches) {
                Set<String> others = otherFeatureNeeds.getOrDefault(name, Set.of());
                if (!others.isEmpty()) {
                    kept.add(new UninstallPlan.Kept(member, "also required by feature " + String.join(", ", new TreeSet<>(others))));
                } else {
                    candidates.put(member.id(), member);
                }
            }
        }

        // Fixed point: a candidate with a requirer outside the removal set stays, which may in turn keep
        // the candidates that it requires.
        Set<Long> removing = new HashSet<>(candidates.keySet());
        removing.add(marker.id());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (InstalledBundle candidate : List.copyOf(candidates.values())) {
                Set<Long> outside = candidate.requirerIds().stream()
                        .filter(id -> id != candidate.id() && !removing.contains(id))
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!outside.isEmpty()) {
                    candidates.remove(candidate.id());
                    removing.remove(candidate.id());
                    kept.add(new UninstallPlan.Kept(candidate, "in use by " + describe(outside, byId)));
                    changed = true;
                }
            }
        }
        return new UninstallPlan(marker, List.copyOf(candidates.values()), kept, absent);
    }

    private static String describe(Set<Long> ids, Map<Long, InstalledBundle> byId) {
        return ids.stream()
                .map(id -> byId.containsKey(id) ? byId.get(id).toString() : "bundle " + id)
                .collect(Collectors.joining(", "));
    }
}
