package org.voxgate.feature.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * {@code feature:uninstall}: removes the marker and the members nothing else needs (see
 * {@link UninstallPlanner}), then refreshes so that the removed bundles' class loaders really go away.
 */
final class FeatureUninstaller {
    /** Bounded so that a stuck refresh cannot hang the shell. */
    static final long REFRESH_TIMEOUT_MS = 10_000;

    private final BundleContext context;
    private final FrameworkBundles framework;

    FeatureUninstaller(BundleContext context, FrameworkBundles framework) {
        this.context = context;
        this.framework = framework;
    }

    String uninstall(String name) throws InterruptedException {
        Map<String, Bundle> markers = framework.installedMarkers();
        Bundle marker = markers.get(name);
        if (marker == null) {
            if (framework.isInstalled(name)) {
                throw new IllegalArgumentException(name + " is installed but is not a feature (no "
                        + FrameworkBundles.FEATURE_HEADER + " header)");
            }
            return "Feature " + name + " is not installed";
        }

        Map<String, Set<String>> otherFeatureNeeds = new TreeMap<>();
        markers.forEach((featureName, other) -> {
            if (other != marker) {
                FrameworkBundles.memberNames(other)
                        .forEach(m -> otherFeatureNeeds.computeIfAbsent(m, k -> new TreeSet<>()).add(featureName));
            }
        });
        List<InstalledBundle> snapshot = snapshot();
        InstalledBundle markerNode = snapshot.stream().filter(b -> b.id() == marker.getBundleId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Feature " + name + " was uninstalled concurrently"));
        UninstallPlan plan = UninstallPlanner.plan(markerNode, FrameworkBundles.memberNames(marker),
                otherFeatureNeeds, snapshot);
        return execute(name, plan);
    }

    private String execute(String name, UninstallPlan plan) throws InterruptedException {
        List<InstalledBundle> toRemove = new ArrayList<>();
        toRemove.add(plan.marker());
        toRemove.addAll(plan.remove());

        Set<Bundle> removed = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (InstalledBundle node : toRemove) {
            Bundle b = context.getBundle(node.id());
            if (b == null) {
                continue;
            }
            try {
                b.uninstall();
                removed.add(b);
            } catch (BundleException | IllegalStateException e) {
                failures.add(node + ": " + e.getMessage());
            }
        }
        boolean refreshed = refreshAndWait(removed);

        StringBuilder out = new StringBuilder("Uninstalled feature " + name + " (bundle " + plan.marker().id() + ")");
        out.append("\nUninstalled members: ").append(plan.remove().isEmpty() ? "none" : join(plan.remove()));
        if (!plan.kept().isEmpty()) {
            out.append("\nKept:");
            plan.kept().forEach(k -> out.append("\n  ").append(k));
        }
        if (!plan.absent().isEmpty()) {
            out.append("\nNot installed: ").append(String.join(", ", plan.absent()));
        }
        if (!refreshed) {
            out.append("\nWarning: the package refresh did not finish within ").append(REFRESH_TIMEOUT_MS / 1000).append(" s");
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(out + "\nFailed to uninstall:\n  " + String.join("\n  ", failures));
        }
        return out.toString();
    }

    /** Copies id, name, origin and who is wired to each installed bundle out of the framework. */
    private List<InstalledBundle> snapshot() {
        List<InstalledBundle> nodes = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            Set<Long> requirers = new HashSet<>();
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (wiring != null) {
                List<BundleWire> wires = wiring.getProvidedWires(null);
                if (wires != null) {
                    wires.forEach(w -> requirers.add(w.getRequirer().getBundle().getBundleId()));
                }
            }
            nodes.add(new InstalledBundle(b.getBundleId(), String.valueOf(b.getSymbolicName()),
                    requirers));
        }
        return nodes;
    }

    /** Refreshes the removed bundles (and their dependents) and waits for PACKAGES_REFRESHED. */
    private boolean refreshAndWait(Set<Bundle> removed) throws InterruptedException {
        if (removed.isEmpty()) {
            return true;
        }
        CountDownLatch done = new CountDownLatch(1);
        FrameworkListener listener = event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.countDown();
            }
        };
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(removed, listener);
        return done.await(REFRESH_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    }

    private static String join(List<InstalledBundle> bundles) {
        return String.join(", ", bundles.stream().map(InstalledBundle::toString).toList());
    }
}
