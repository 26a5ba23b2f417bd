package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs SIPp (Debian package {@code sip-tester}) as a client against a gateway on 127.0.0.1:
 * a bounded number of calls ({@code -m}) at a bounded rate ({@code -r}), a global {@code -timeout}
 * that counts as a failure ({@code -timeout_error}), no stdin. The process itself is also waited for
 * at most that timeout plus a margin, then killed.
 * <p>
 * SIPp missing is a test failure with a clear message, never a skip: these tests are the
 * distribution's acceptance and must not pass vacuously.
 */
public final class Sipp {
    public enum Transport {
        UDP("u1"), TCP("t1");

        final String flag;

        Transport(String flag) {
            this.flag = flag;
        }
    }

    public record Result(int exitCode, String output, Path errorLog, Path screenLog) {
        /** For assertion messages: SIPp's own output and logs. */
        public String describe() {
            return "sipp exit " + exitCode + "\n--- output:\n" + output + "\n--- errors (" + errorLog + "):\n" + read(errorLog)
                    + "\n--- screen (" + screenLog + "):\n" + read(screenLog);
        }
    }

    private Sipp() {}

    /**
     * {@code sipp -sf scenario -m calls -r rate -t u1|t1 -i 127.0.0.1 -p localPort 127.0.0.1:remotePort -nostdin -timeout N -timeout_error}.
     *
     * @param scenario a file under src/test/resources/sipp/, e.g. {@code options.xml}
     * @param label    names the log files under target/dist-itests/sipp/
     */
    public static Result run(String label, String scenario, Transport transport, int localPort, int remotePort,
                             int calls, int rate, Duration timeout) {
        return start(label, scenario, transport, localPort, remotePort, calls, rate, timeout, List.of()).await();
    }

    /** A SIPp client placing calls to {@code service} (the Request-URI user part) at the gateway. */
    public static Result call(String label, String scenario, Transport transport, int localPort, int remotePort,
                              String service, int calls, int rate, Duration timeout) {
        return start(label, scenario, transport, localPort, remotePort, calls, rate, timeout, List.of("-s", service)).await();
    }

    /** As {@link #call}, with extra SIPp options (e.g. {@code -l 1}: one call at a time). */
    public static Result call(String label, String scenario, Transport transport, int localPort, int remotePort,
                              String service, int calls, int rate, Duration timeout, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("-s", service));
        args.addAll(extra);
        return start(label, scenario, transport, localPort, remotePort, calls, rate, timeout, args).await();
    }

    /**
     * A SIPp server (no remote address) on 127.0.0.1:localPort, started in the background; it exits after
     * {@code calls} calls or the timeout. Wait for it with {@link Running#await()}.
     */
    public static Running server(String label, String scenario, Transport transport, int localPort, int calls,
                                 Duration timeout) {
        return start(label, scenario, transport, localPort, 0, calls, 0, timeout, List.of());
    }

    static Running start(String label, String scenario, Transport transport, int localPort, int remotePort,
                         int calls, int rate, Duration timeout, List<String> extra) {
        Path sipp = binary();
        Path dir = Gateway.itestDir().resolve("sipp");
        try {
            Files.createDirectories(dir);
            Path scenarioFile = scenario(scenario);
            Path errors = dir.resolve(label + "-errors.log");
            Path screen = dir.resolve(label + "-screen.log");
            Files.deleteIfExists(errors);
            Files.deleteIfExists(screen);
            List<String> command = new ArrayList<>(List.of(sipp.toString(),
                    "-sf", scenarioFile.toString(),
                    "-m", Integer.toString(calls),
                    "-t", transport.flag,
                    "-i", "127.0.0.1",
                    "-mi", "127.0.0.1",
                    "-p", Integer.toString(localPort),
                    "-nostdin",
                    "-timeout", Long.toString(timeout.toSeconds()),
                    "-timeout_error",
                    "-trace_err", "-error_file", errors.toString(),
                    "-trace_screen", "-screen_file", screen.toString()));
            if (rate > 0) {
                command.addAll(List.of("-r", Integer.toString(rate)));
            }
            command.addAll(extra);
            if (remotePort > 0) {
                command.add("127.0.0.1:" + remotePort);
            }
            Path output = dir.resolve(label + "-output.txt");
            Process p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            LIVE.add(p);
            return new Running(label, String.join(" ", command), p, timeout.plusSeconds(15), output, errors, screen);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run SIPp for " + label, e);
        }
    }

    /** A SIPp process in the background. */
    public record Running(String label, String command, Process process, Duration bound, Path output, Path errors,
                          Path screen) {
        /** Waits for SIPp to exit (bounded: killed and failed after its timeout plus a margin). */
        public Result await() {
            try {
                if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    LIVE.remove(process);
                    fail("SIPp (%s) still running %s after start, killed: %s%n%s", label, bound, command, read(output));
                }
                LIVE.remove(process);
                return new Result(process.exitValue(), command + "\n" + read(output), errors, screen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Stops a server that is not needed any more (SIGTERM). */
        public void stop() {
            process.destroy();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
            LIVE.remove(process);
        }
    }

    private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-leftover-sipp"));
    }

    /** The SIPp executable: system property {@code voxgate.sipp} (a path, or a name looked up on PATH; default {@code sipp}). */
    public static Path binary() {
        String name = System.getProperty("voxgate.sipp", "sipp");
        if (name.contains("/")) {
            Path p = Path.of(name);
            if (Files.isExecutable(p)) {
                return p;
            }
        } else {
            String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d.isEmpty() ? "." : d, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        fail("SIPp not found ('%s' on PATH or as a path; set -Dvoxgate.sipp=...). These tests need it: "
                + "install the Debian package sip-tester (apt-get install sip-tester), which provides /usr/bin/sipp.", name);
        return null;
    }

    /** A scenario from the test class path, as a file SIPp can read. */
    static Path scenario(String name) throws IOException {
        URL url = Sipp.class.getResource("/sipp/" + name);
        if (url == null) {
            fail("SIPp scenario sipp/%s not on the test class path", name);
        }
        if ("file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        Path copy = Files.createDirectories(Gateway.itestDir().resolve("sipp")).resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
