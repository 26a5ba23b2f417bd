package org.voxgate.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.LogManager;

/**
 * The instance directory ({@code --home}): {@code etc/} (configuration files, watched),
 * {@code deploy/} (hot folder for bundles), {@code data/} (Config Admin store, bundle cache),
 * {@code log/}, {@code run/} (CLI socket). Created on first start, defaults copied from the install.
 */
final class HomeLayout {
    final Path home;
    final Path etc;
    final Path deploy;
    final Path data;
    final Path log;

    HomeLayout(Path home) {
        this.home = home;
        this.etc = home.resolve("etc");
        this.deploy = home.resolve("deploy");
        this.data = home.resolve("data");
        this.log = home.resolve("log");
    }

    void create(Path install) throws IOException {
        for (Path p : new Path[] {etc, deploy, data, log}) {
            Files.createDirectories(p);
        }
        Path defaults = install.resolve("etc");
        if (!defaults.equals(etc) && Files.isDirectory(defaults)) {
            try (var files = Files.list(defaults)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path target = etc.resolve(f.getFileName());
                    if (Files.isRegularFile(f) && !Files.exists(target)) {
                        Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        // FileInstall watches etc/ for *.cfg; this factory configuration adds a second watcher for deploy/.
        Path deployWatcher = etc.resolve("org.apache.felix.fileinstall-deploy.cfg");
        if (!Files.exists(deployWatcher)) {
            Files.writeString(deployWatcher, "# Hot folder: drop a bundle jar here to install it, replace it to update it\n"
                    + "felix.fileinstall.dir = " + deploy + "\n"
                    + "felix.fileinstall.poll = 1000\n"
                    + "felix.fileinstall.start.level = 3\n"
                    + "felix.fileinstall.enableConfigSave = false\n");
        }
    }

    /** java.util.logging from etc/logging.properties, with ${voxgate.home} expanded; one backend for all. */
    void configureLogging() throws IOException {
        Path props = etc.resolve("logging.properties");
        LogManager manager = LogManager.getLogManager();
        if (Files.exists(props)) {
            String text = Files.readString(props).replace("${voxgate.home}", home.toString().replace("\\", "/"));
            try (InputStream in = new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
                manager.readConfiguration(in);
            }
        } else {
            manager.readConfiguration(new java.io.ByteArrayInputStream(
                    ("handlers=java.util.logging.ConsoleHandler\n.level=INFO\n").getBytes()));
        }
    }
}
