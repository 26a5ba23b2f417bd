package org.voxgate.feature.internal;

import java.net.URI;
import java.nio.file.Path;

/**
 * Turns the framework property {@value #PROPERTY} into the URL handed to OBR. A URL is used as given; a plain
 * path (e.g. {@code system/repository/index.xml}) is taken relative to the working directory, which makes
 * launcher configuration independent of where the runtime was unpacked.
 */
final class RepositoryLocation {
    static final String PROPERTY = "voxgate.feature.repository";

    private RepositoryLocation() {
    }

    /** @return the URL, or null when the property is unset or blank */
    static String toUrl(String configured, Path workingDirectory) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        String value = configured.trim();
        // "scheme:..." with a scheme of 2+ letters is a URL; "C:\..." (a drive letter) is a path.
        if (value.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return value;
        }
        URI uri = workingDirectory.resolve(value).toAbsolutePath().normalize().toUri();
        return uri.toString();
    }

    static String notConfiguredMessage() {
        return "No feature repository: set the framework property " + PROPERTY
                + " to the URL of the repository index, e.g. file:/opt/voxgate/system/repository/index.xml";
    }
}
