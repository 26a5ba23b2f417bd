package org.voxgate.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides whether a home's framework cache ({@code data/cache}) can be reused. It can while the install's
 * bundle jars are the ones it was built from: then the bundles, their start state and every feature the
 * operator installed or uninstalled live come back as they were. After an upgrade of the install (any
 * jar of system/bundles or system/shell added, removed or changed) the cache is rebuilt from the install,
 * which also resets the feature set to the default one. Configuration is not in the cache and survives.
 */
final class BundleCache {
    private final Path stampFile;
    private final Path cacheDir;
    private final Path install;

    BundleCache(Path data, Path install) {
        this.stampFile = data.resolve("cache.stamp");
        this.cacheDir = data.resolve("cache");
        this.install = install;
    }

    boolean isCurrent() throws IOException {
        return Files.isDirectory(cacheDir) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).equals(stamp());
    }

    /** Called once every bundle of a fresh cache is installed; a crash before it means a rebuild next time. */
    void markCurrent() throws IOException {
        Files.writeString(stampFile, stamp());
    }

    /** One line per jar: directory, name, size and modification time. */
    String stamp() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String dir : List.of("system/bundles", "system/shell")) {
            Path d = install.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (var files = Files.list(d)) {
                for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                    out.append(dir).append('/').append(jar.getFileName()).append(' ').append(Files.size(jar))
                            .append(' ').append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
