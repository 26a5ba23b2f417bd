package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One {@code bin/voxgate} process of the distribution under test, with its own home in a temporary
 * directory. stdout and stderr go straight to files under {@code target/dist-itests/<name>/} (so
 * nothing can block on a full pipe, and they are there to read after a failure); on {@link #stop()}
 * the home's {@code log/} is copied there too and the temporary home is deleted.
 * <p>
 * Every wait is bounded. A JVM shutdown hook kills any gateway a test left behind, so a crashed or
 * timed-out test run never leaves a process holding ports.
 */
public final class Gateway implements AutoCloseable {
    /** Longest time from process start to the "ready" line (a cold JVM + Felix takes 1-3 s here). */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** Longest time the gateway may take to exit after SIGTERM before the test fails. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(30);
    private static final String READY = "Voxgate ready in ";
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-leftover-gateways"));
    }

    private final String name;
    private final Path home;
    private final Path diagnostics;
    private final Path stdout;
    private final Path stderr;
    private final Process process;
    private Integer exitCode;
    private boolean keepHome;

    private Gateway(String name, Path home, Path diagnostics, Process process) {
        this.name = name;
        this.home = home;
        this.diagnostics = diagnostics;
        this.stdout = diagnostics.resolve("stdout.txt");
        this.stderr = diagnostics.resolve("stderr.txt");
        this.process = process;
    }

    /** Starts a gateway with a fresh home and, unless {@code config} is null, that IOS configuration text, and waits until it is ready. */
    public static Gateway start(String name, String config) {
        return start(name, config, false);
    }

    /** As {@link #start(String, String)}; with {@code homeExists} the home directory is created (empty) beforehand. */
    public static Gateway start(String name, String config, boolean homeExists) {
        Gateway g = launch(name, config, homeExists);
        try {
            return g.awaitReady();
        } catch (RuntimeException | Error e) {
            g.close(); // never leave a half-started gateway holding ports
            throw e;
        }
    }

    /** Starts {@code bin/voxgate} without waiting for anything (for tests of a failing start). */
    public static Gateway launch(String name, String config) {
        return launch(name, config, false);
    }

    static Gateway launch(String name, String config, boolean homeExists) {
        try {
            // The home is short and outside target/: it holds the CLI's Unix socket, whose path is limited to ~100 bytes.
            // It holds only etc/org.voxgate.media.cfg (the test RTP port range, see launch); bin/voxgate creates the rest,
            // as on an instance's first start. With homeExists it is created empty, as a package would.
            Path home = Files.createTempDirectory("voxgate-" + name + "-").resolve("home");
            if (homeExists) {
                Files.createDirectory(home);
            }
            return launch(name, config, home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start bin/voxgate for " + name, e);
        }
    }

    /**
     * Starts a gateway again in the home of an earlier one that was stopped with {@link #stopKeepingHome()}
     * (a restart of the same instance) and waits until it is ready.
     */
    public static Gateway restart(String name, Gateway earlier, String config) {
        return startIn(name, config, earlier.home);
    }

    /** Starts a gateway in {@code home} (existing or not, e.g. prepared with etc/ files) and waits until it is ready. */
    static Gateway startIn(String name, String config, Path home) {
        Gateway g = launch(name, config, home);
        try {
            return g.awaitReady();
        } catch (RuntimeException | Error e) {
            g.close();
            throw e;
        }
    }

    private static Gateway launch(String name, String config, Path home) {
        try {
            Path diagnostics = itestDir().resolve(name);
            deleteTree(diagnostics); // files of an earlier run would mislead
            Files.createDirectories(diagnostics);
            // RTP ports away from the SIP ports these tests use (25100-26999); IOS's default range would overlap them
            Path mediaCfg = home.resolve("etc").resolve("org.voxgate.media.cfg");
            boolean emptyHome = Files.isDirectory(home) && !Files.exists(home.resolve("etc"));
            if (!Files.exists(mediaCfg) && !emptyHome) {
                Files.createDirectories(mediaCfg.getParent());
                Files.writeString(mediaCfg, "rtp.port.min = 40000\nrtp.port.max = 49999\n");
            }
            List<String> command = new ArrayList<>(List.of(bin("voxgate").toString(), "--home", home.toString()));
            if (config != null) {
                Path file = diagnostics.resolve("voxgate.conf");
                Files.writeString(file, config);
                command.add("--config");
                command.add(file.toString());
            }
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(diagnostics.resolve("stdout.txt").toFile())
                    .redirectError(diagnostics.resolve("stderr.txt").toFile());
            Files.writeString(diagnostics.resolve("command.txt"), String.join(" ", command) + "\n");
            Process p = pb.start();
            LIVE.add(p);
            return new Gateway(name, home, diagnostics, p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start bin/voxgate for " + name, e);
        }
    }

    /** Waits for the "Voxgate ready in N ms (home ...)" line on stdout; fails if the process exits or the time runs out. */
    public Gateway awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String out = stdout();
            int at = out.indexOf(READY);
            if (at >= 0 && out.indexOf('\n', at) > 0) {
                String line = out.substring(at, out.indexOf('\n', at));
                if (!line.contains("(home " + home + ")")) {
                    fail("%s: ready line names another home than %s: %s", name, home, line);
                }
                assertStartedWithoutSevereErrors();
                return this;
            }
            if (!process.isAlive()) {
                fail("%s: bin/voxgate exited with %d before it was ready%n--- stdout:%n%s%n--- stderr:%n%s",
                        name, process.exitValue(), out, stderr());
            }
            pause(50);
        }
        fail("%s: no '%s' line within %s%n--- stdout:%n%s%n--- stderr:%n%s", name, READY, READY_TIMEOUT, stdout(), stderr());
        return this;
    }

    /**
     * The console (stderr) gets the log's WARNING and SEVERE entries. A gateway that says "ready" after
     * a SEVERE entry is not the gateway the tests mean to test (e.g. a listening point not opened, a
     * component that failed to bind): fail here, with the entries, rather than later with a puzzling 503.
     */
    private void assertStartedWithoutSevereErrors() {
        List<String> lines = stderr().lines().toList();
        List<String> severe = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" SEVERE ")) {
                severe.add(lines.get(i));
                if (i + 1 < lines.size() && !lines.get(i + 1).contains(" SEVERE ")) {
                    severe.add("    " + lines.get(i + 1).trim()); // the exception, if any
                }
            }
        }
        if (!severe.isEmpty()) {
            fail("%s: bin/voxgate printed its ready line, but logged SEVERE errors while starting (full stderr in %s):%n%s",
                    name, stderr, String.join("\n", severe));
        }
    }

    /** Waits (bounded) for the process to end by itself; returns its exit code or fails. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("%s: bin/voxgate still running after %s%n--- stdout:%n%s%n--- stderr:%n%s", name, timeout, stdout(), stderr());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        exitCode = process.exitValue();
        LIVE.remove(process);
        return exitCode;
    }

    /**
     * SIGTERM ({@link Process#destroy()} on Unix) and wait for the exit, at most {@link #STOP_TIMEOUT};
     * a gateway that does not stop in time is killed and the test fails. Idempotent: returns the exit code.
     */
    public int stop() {
        try {
            if (exitCode == null) {
                if (process.isAlive()) {
                    process.destroy();
                }
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    fail("%s: bin/voxgate did not stop within %s of SIGTERM (killed)", name, STOP_TIMEOUT);
                }
                exitCode = process.exitValue();
                LIVE.remove(process);
            }
            return exitCode;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        } finally {
            if (!process.isAlive()) {
                keepLogsAndDeleteHome();
            }
        }
    }

    /**
     * {@code kill -9} ({@link Process#destroyForcibly()}): the gateway gets no chance to clean up or flush anything.
     * The home stays in place for {@link #restart}. Returns the exit code (137 = 128 + SIGKILL).
     */
    public int kill() {
        keepHome = true;
        if (exitCode == null) {
            process.destroyForcibly(); // stop() then only waits for the exit (a SIGTERM after it changes nothing)
        }
        return stop();
    }

    /** As {@link #stop()}, but leaves the home in place for {@link #restart}. */
    public int stopKeepingHome() {
        keepHome = true;
        return stop();
    }

    /** For {@code @AfterEach}/{@code @AfterAll}: stops if still running, never throws. */
    @Override
    public void close() {
        try {
            stop();
        } catch (Throwable t) {
            System.err.println("[" + name + "] " + t.getMessage());
        }
    }

    public static void closeAll(Gateway... gateways) {
        for (Gateway g : gateways) {
            if (g != null) {
                g.close();
            }
        }
    }

    /**
     * The id of the bundle {@code symbolicName} in {@code lb -s} ("   18|Active     |    3|org.voxgate.dialpeer
     * (0.1.0...)|..."); fails when {@code lb -s} fails or lists no such bundle.
     */
    public String bundleId(String symbolicName) {
        CliResult lb = cli("lb -s");
        if (lb.exitCode() != 0) {
            fail("lb -s failed: %s", lb);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?m)^\\s*(\\d+)\\|[^|]*\\|[^|]*\\|" + java.util.regex.Pattern.quote(symbolicName) + " ").matcher(lb.output());
        if (!m.find()) {
            fail("No %s in lb -s:%n%s", symbolicName, lb.output());
        }
        return m.group(1);
    }

    /**
     * Runs {@code command} every 100 ms until its output satisfies {@code condition} and returns that output; fails
     * after {@code within} naming {@code what} and showing the last output.
     */
    public String awaitCli(String command, java.util.function.Predicate<String> condition, Duration within, String what) {
        long deadline = System.nanoTime() + within.toNanos();
        String out;
        do {
            out = cli(command).output();
            if (condition.test(out)) {
                return out;
            }
            pause(100);
        } while (System.nanoTime() < deadline);
        fail("not seen within %s: %s; last '%s':%n%s", within, what, command, out);
        return out;
    }

    /** Runs {@code bin/voxgate-cli --home HOME "command"} against this gateway's home. */
    public CliResult cli(String command) {
        return cli(home, command);
    }

    /** Runs {@code bin/voxgate-cli --home home "command"}, bounded; output is stdout and stderr together. */
    public static CliResult cli(Path home, String command) {
        try {
            Process p = new ProcessBuilder(bin("voxgate-cli").toString(), "--home", home.toString(), command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .start();
            // drained on another thread so that the bounded wait below cannot block on a full pipe
            var output = new java.util.concurrent.CompletableFuture<String>();
            Thread reader = new Thread(() -> {
                try {
                    output.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    output.completeExceptionally(e);
                }
            }, "voxgate-cli-output");
            reader.setDaemon(true);
            reader.start();
            if (!p.waitFor(CLI_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                fail("voxgate-cli --home %s \"%s\" did not finish within %s", home, command, CLI_TIMEOUT);
            }
            return new CliResult(p.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("voxgate-cli --home " + home + " \"" + command + "\" failed to run", e);
        }
    }

    public record CliResult(int exitCode, String output) {
        @Override
        public String toString() {
            return "exit " + exitCode + ", output:\n" + output;
        }
    }

    public String name() {
        return name;
    }

    public Path home() {
        return home;
    }

    public Process process() {
        return process;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** The gateway's own log (home/log/voxgate-0.log) as far as it is written. */
    public String log() {
        Path live = home.resolve("log/voxgate-0.log");
        return Files.exists(live) ? read(live) : read(diagnostics.resolve("log/voxgate-0.log"));
    }

    /** Where stdout, stderr, the config file and (after stop) the home's log/ are kept. */
    public Path diagnostics() {
        return diagnostics;
    }

    /** The distribution under test: system property {@code voxgate.dist}, checked to be one. */
    public static Path dist() {
        String prop = System.getProperty("voxgate.dist");
        if (prop == null || prop.isBlank()) {
            fail("System property voxgate.dist (the built distribution directory) is not set; run through Maven failsafe");
        }
        Path dist = Path.of(prop).toAbsolutePath().normalize();
        if (!Files.isExecutable(dist.resolve("bin/voxgate")) || !Files.isExecutable(dist.resolve("bin/voxgate-cli"))) {
            fail("No built distribution at %s (bin/voxgate and bin/voxgate-cli missing): build it with "
                    + "'mvn -B install -DskipTests' at the root first", dist);
        }
        return dist;
    }

    static Path bin(String script) {
        return dist().resolve("bin").resolve(script);
    }

    /** target/dist-itests (system property voxgate.itest.dir) for diagnostic files. */
    static Path itestDir() {
        return Path.of(System.getProperty("voxgate.itest.dir", "target/dist-itests")).toAbsolutePath();
    }

    private void keepLogsAndDeleteHome() {
        if (!Files.isDirectory(home.getParent())) {
            return;
        }
        try {
            Path logs = home.resolve("log");
            if (Files.isDirectory(logs)) {
                Path target = Files.createDirectories(diagnostics.resolve("log"));
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            if (!keepHome) {
                deleteTree(home.getParent());
            }
        } catch (IOException e) {
            System.err.println("[" + name + "] could not clean up home " + home + ": " + e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            // a log line being written in another charset must not break a poll
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (home " + home + ", pid " + process.pid() + ")";
    }
}
