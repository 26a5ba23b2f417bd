package org.voxgate.media.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many RTP/RTCP port pairs the process's open-file limit leaves room for. Each pair is two sockets; when the
 * relay took the last descriptors, everything else in the JVM that opens a file or socket failed with "Too many
 * open files" (SIP over TCP, class loading from bundle jars, logs) and calls already up went with it. So the relay
 * stops at the limit less a reserve for the rest of the gateway, and refuses further calls (503) instead.
 */
final class OpenFileLimit {
    /** Descriptors left for the rest of the gateway: at least this many, or an eighth of the limit. */
    static final int RESERVE_MIN = 1024;

    private OpenFileLimit() {}

    /** Pairs allowed by a limit of {@code maxFiles} descriptors; Integer.MAX_VALUE when the limit is unknown. */
    static int pairsAllowed(long maxFiles) {
        if (maxFiles <= 0) {
            return Integer.MAX_VALUE;
        }
        long reserve = Math.max(RESERVE_MIN, maxFiles / 8);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, (maxFiles - reserve) / 2));
    }

    /** The soft open-file limit of this process (Linux /proc/self/limits); -1 when it cannot be read or is unlimited. */
    static long ofThisProcess() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/self/limits")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The soft limit from the lines of /proc/self/limits ("Max open files  20000  20000  files"); -1 if none. */
    static long parse(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("Max open files")) {
                String[] f = line.substring("Max open files".length()).trim().split("\\s+");
                return f[0].matches("\\d{1,18}") ? Long.parseLong(f[0]) : -1; // "unlimited": -1
            }
        }
        return -1;
    }
}
