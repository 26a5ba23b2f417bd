package org.voxgate.feature.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.bundlerepository.Reason;
import org.apache.felix.bundlerepository.Requirement;
import org.apache.felix.bundlerepository.Resolver;
import org.apache.felix.bundlerepository.Resource;
import org.osgi.framework.Bundle;

/**
 * {@code feature:install}: all dependency resolution is OBR's. Adding the marker to an OBR resolver pulls in
 * its Require-Bundle members and their package imports from the repository (bundles already installed
 * satisfy requirements locally and are left alone).
 */
final class FeatureInstaller {
    private final FeatureRepository repository;
    private final FrameworkBundles framework;

    FeatureInstaller(FeatureRepository repository, FrameworkBundles framework) {
        this.repository = repository;
        this.framework = framework;
    }

    String install(String name) {
        FeatureRepository.Feature feature = repository.find(name).orElseThrow(() -> unknown(name));
        List<Bundle> present = framework.withSymbolicName(name);
        if (!present.isEmpty()) {
            return "Feature " + name + " is already installed (" + describe(present) + ")";
        }

        Resolver resolver = repository.admin().resolver();
        resolver.add(feature.resource());
        if (!resolver.resolve()) {
            throw new IllegalStateException("Cannot install feature " + name + ", unresolved requirements:\n"
                    + unsatisfied(resolver.getUnsatisfiedRequirements()));
        }
        List<Resource> pulledIn = List.of(resolver.getRequiredResources());
        // OBR does not throw when an install or start fails; it logs. So check the outcome below.
        resolver.deploy(Resolver.START);

        List<Bundle> marker = framework.withSymbolicName(name);
        if (marker.isEmpty()) {
            throw new IllegalStateException("OBR did not install feature " + name + " (see the log for the cause)");
        }
        List<String> notActive = new ArrayList<>();
        for (String bsn : names(pulledIn, name)) {
            for (Bundle b : framework.withSymbolicName(bsn)) {
                if (b.getState() != Bundle.ACTIVE && !isFragment(b)) {
                    notActive.add(FrameworkBundles.describe(b) + " " + stateName(b.getState()));
                }
            }
        }
        StringBuilder out = new StringBuilder("Installed feature " + name + " (" + describe(marker) + ")");
        List<String> added = names(pulledIn, null);
        out.append(added.isEmpty() ? "\nNo other bundles needed (members already installed)"
                : "\nAlso installed: " + String.join(", ", added));
        if (!notActive.isEmpty()) {
            throw new IllegalStateException(out + "\nBut these did not start: " + String.join(", ", notActive));
        }
        return out.toString();
    }

    private IllegalArgumentException unknown(String name) {
        String known = repository.features().stream().map(FeatureRepository.Feature::name)
                .collect(Collectors.joining(", "));
        return new IllegalArgumentException("Unknown feature " + name + " in " + repository.url()
                + (known.isEmpty() ? " (it has no features)" : "; available: " + known));
    }

    static String unsatisfied(Reason[] reasons) {
        StringBuilder out = new StringBuilder();
        for (Reason reason : reasons) {
            Requirement req = reason.getRequirement();
            Resource needer = reason.getResource();
            out.append("  - ").append(req.getName()).append(' ').append(req.getFilter());
            if (needer != null) {
                out.append(" (needed by ").append(needer.getSymbolicName()).append(' ').append(needer.getVersion()).append(')');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static List<String> names(List<Resource> resources, String extra) {
        List<String> names = new ArrayList<>();
        if (extra != null) {
            names.add(extra);
        }
        resources.forEach(r -> names.add(r.getSymbolicName()));
        return names;
    }

    private static String describe(List<Bundle> bundles) {
        return bundles.stream().map(b -> "bundle " + b.getBundleId() + ", " + stateName(b.getState()))
                .collect(Collectors.joining("; "));
    }

    private static boolean isFragment(Bundle b) {
        return b.getHeaders("").get("Fragment-Host") != null;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "state " + state;
        };
    }
}
