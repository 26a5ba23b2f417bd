package org.voxgate.feature.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.bundlerepository.Capability;
import org.apache.felix.bundlerepository.Repository;
import org.apache.felix.bundlerepository.RepositoryAdmin;
import org.apache.felix.bundlerepository.Resource;

/**
 * The feature repository as seen through Felix OBR. The R5 index carries capabilities but no manifest
 * headers, so a marker bundle announces itself with
 * {@code Provide-Capability: voxgate.feature;voxgate.feature=<name>;description=...}; OBR keeps generic
 * capabilities under their namespace as the capability name.
 */
final class FeatureRepository {
    static final String CAPABILITY = "voxgate.feature";

    /** A marker bundle found in the repository. */
    record Feature(String name, String description, Resource resource) {
    }

    private final RepositoryAdmin admin;
    private final String url;
    private volatile Repository repository;
    private volatile String loadFailure;

    /** @param url index URL, or null when the framework property is not set */
    FeatureRepository(RepositoryAdmin admin, String url) {
        this.admin = admin;
        this.url = url;
    }

    /**
     * Registers the index with OBR. A failure (file not there yet, bad XML) is remembered rather than thrown,
     * so that the commands stay registered and can explain the problem; they retry on the next use.
     */
    void open() {
        if (url == null) {
            return;
        }
        try {
            repository = admin.addRepository(url);
            loadFailure = null;
        } catch (Exception e) {
            repository = null;
            loadFailure = e.toString();
        }
    }

    void close() {
        if (url != null && repository != null) {
            admin.removeRepository(url);
        }
        repository = null;
    }

    String url() {
        return url;
    }

    /** Every feature marker in the repository, sorted by name; the highest version wins per name. */
    List<Feature> features() {
        List<Feature> features = new ArrayList<>();
        Resource[] resources = loaded().getResources();
        List<Resource> newestFirst = new ArrayList<>(List.of(resources == null ? new Resource[0] : resources));
        newestFirst.sort(Comparator.comparing(Resource::getVersion).reversed());
        for (Resource resource : newestFirst) {
            featureOf(resource).ifPresent(f -> {
                if (features.stream().noneMatch(known -> known.name().equals(f.name()))) {
                    features.add(f);
                }
            });
        }
        features.sort(Comparator.comparing(Feature::name));
        return features;
    }

    Optional<Feature> find(String name) {
        return features().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    RepositoryAdmin admin() {
        loaded();
        return admin;
    }

    private Repository loaded() {
        if (url == null) {
            throw new IllegalStateException(RepositoryLocation.notConfiguredMessage());
        }
        if (repository == null) {
            open();
        }
        Repository r = repository;
        if (r == null) {
            throw new IllegalStateException("Cannot read the feature repository " + url + ": " + loadFailure);
        }
        return r;
    }

    private static Optional<Feature> featureOf(Resource resource) {
        Capability[] capabilities = resource.getCapabilities();
        if (capabilities == null) {
            return Optional.empty();
        }
        for (Capability capability : capabilities) {
            if (CAPABILITY.equals(capability.getName())) {
                Map<String, Object> attributes = capability.getPropertiesAsMap();
                String name = text(attributes.get(CAPABILITY), resource.getSymbolicName());
                String description = text(attributes.get("description"),
                        text(resource.getProperties().get(Resource.DESCRIPTION), ""));
                return Optional.of(new Feature(name, description, resource));
            }
        }
        return Optional.empty();
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
