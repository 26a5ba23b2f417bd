package org.voxgate.feature.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Queries over the bundles installed in the framework, shared by the three commands. */
final class FrameworkBundles {
    /** The manifest header that marks a feature bundle; its value is the one-line description. */
    static final String FEATURE_HEADER = "Voxgate-Feature";

    private final BundleContext context;

    FrameworkBundles(BundleContext context) {
        this.context = context;
    }

    /** The installed bundles with this symbolic name (normally zero or one). */
    List<Bundle> withSymbolicName(String symbolicName) {
        return List.of(context.getBundles()).stream()
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .toList();
    }

    boolean isInstalled(String symbolicName) {
        return !withSymbolicName(symbolicName).isEmpty();
    }

    /** Installed feature markers by symbolic name (bundles with the {@value #FEATURE_HEADER} header). */
    Map<String, Bundle> installedMarkers() {
        Map<String, Bundle> markers = new LinkedHashMap<>();
        for (Bundle b : context.getBundles()) {
            if (isMarker(b)) {
                markers.put(b.getSymbolicName(), b);
            }
        }
        return markers;
    }

    static boolean isMarker(Bundle bundle) {
        // getHeaders("") returns raw (unlocalized) values and does not touch the bundle's resources.
        return bundle.getSymbolicName() != null && bundle.getHeaders("").get(FEATURE_HEADER) != null;
    }

    static List<String> memberNames(Bundle marker) {
        return RequireBundleHeader.symbolicNames(marker.getHeaders("").get(RequireBundleHeader.NAME));
    }

    static String describe(Bundle bundle) {
        return bundle.getSymbolicName() + " [" + bundle.getBundleId() + "]";
    }
}
