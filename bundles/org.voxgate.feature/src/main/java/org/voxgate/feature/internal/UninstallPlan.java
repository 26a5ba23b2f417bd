package org.voxgate.feature.internal;

import java.util.List;

/**
 * The outcome of {@link UninstallPlanner}: the marker, the members to uninstall with it, the members that
 * stay (and why), and members named in Require-Bundle that are not installed at all.
 */
record UninstallPlan(InstalledBundle marker, List<InstalledBundle> remove, List<Kept> kept, List<String> absent) {

    UninstallPlan {
        remove = List.copyOf(remove);
        kept = List.copyOf(kept);
        absent = List.copyOf(absent);
    }

    /** A member that stays installed, with the reason shown to the operator. */
    record Kept(InstalledBundle bundle, String reason) {
        @Override
        public String toString() {
            return bundle + ": " + reason;
        }
    }
}
