package org.voxgate.launcher;

import java.nio.file.Path;

/** Command line of {@code bin/voxgate}. */
record Options(Path install, Path home, Path config, boolean console) {

    static Options parse(String[] args) {
        Path install = Path.of(System.getProperty("voxgate.install", ".")).toAbsolutePath().normalize();
        Path home = null;
        Path config = null;
        boolean console = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(value(args, ++i, "--home"));
                case "--config" -> config = Path.of(value(args, ++i, "--config"));
                case "--console" -> console = true;
                case "--no-console" -> console = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "\nusage: voxgate [--home DIR] [--config FILE]");
            }
        }
        home = (home == null ? install : home).toAbsolutePath().normalize();
        return new Options(install, home, config == null ? null : config.toAbsolutePath().normalize(), console);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
