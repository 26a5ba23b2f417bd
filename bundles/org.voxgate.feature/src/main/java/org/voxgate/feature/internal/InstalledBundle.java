package org.voxgate.feature.internal;

import java.util.Set;

/**
 * What the uninstall planner needs to know about one installed bundle, copied out of the framework so
 * that the planning logic can be tested without one.
 *
 * @param id              bundle id
 * @param symbolicName    Bundle-SymbolicName
 * @param requirerIds     ids of the other bundles wired to this one (its provided wires: imported packages,
 *                        Require-Bundle, fragments, any capability)
 */
record InstalledBundle(long id, String symbolicName, Set<Long> requirerIds) {

    InstalledBundle {
        requirerIds = Set.copyOf(requirerIds);
    }

    @Override
    public String toString() {
        return symbolicName + " [" + id + "]";
    }
}
