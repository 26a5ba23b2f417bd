package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Kamailio registrar (Debian package {@code kamailio}) started by a test on 127.0.0.1 with the config
 * {@code kamailio/registrar.cfg} of the test class path: usrloc in memory, digest auth of one user against a
 * plain-text password, 423 below {@code MIN_EXPIRES}. Its config, pid file and log are under
 * {@code target/dist-itests/<name>/}; the control socket (binrpc, for {@code kamcmd}) is in a short temporary
 * directory because Unix socket paths are limited to ~100 bytes. Stopped by its own PID (SIGTERM, then SIGKILL);
 * a shutdown hook of the test JVM kills any instance a test left behind.
 */
public final class Kamailio implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-leftover-kamailio"));
    }

    /**
     * One contact of an AOR, as {@code kamcmd ul.lookup} shows it; {@code socket} is Kamailio's receiving socket
     * ({@code udp:127.0.0.1:PORT}, {@code tcp:127.0.0.1:PORT}), null when not shown.
     */
    public record Binding(String address, int expires, long cseq, String callId, String socket) {}

    private final String name;
    private final Path dir;
    private final Path runDir;
    private final Process process;
    private final int port;
    private final boolean tcp;

    private Kamailio(String name, Path dir, Path runDir, Process process, int port, boolean tcp) {
        this.name = name;
        this.dir = dir;
        this.runDir = runDir;
        this.process = process;
        this.port = port;
        this.tcp = tcp;
    }

    /**
     * Starts a registrar on 127.0.0.1:{@code port} that accepts user {@code user} with {@code password}, challenging
     * with {@code algorithm} (MD5 or SHA-256) and qop=auth, and waits until its control socket answers.
     */
    public static Kamailio start(String name, int port, String user, String password, String algorithm, int minExpires) {
        return start(name, port, user, password, algorithm, minExpires, false);
    }

    /** As above; with {@code tcp} it also listens on TCP 127.0.0.1:{@code port} ({@code -A WITH_TCP}). */
    public static Kamailio start(String name, int port, String user, String password, String algorithm, int minExpires,
            boolean tcp) {
        try {
            Path dir = Gateway.itestDir().resolve(name);
            deleteTree(dir);
            Files.createDirectories(dir);
            Path cfg = dir.resolve("registrar.cfg");
            try (InputStream in = Kamailio.class.getResourceAsStream("/kamailio/registrar.cfg")) {
                if (in == null) {
                    fail("kamailio/registrar.cfg is not on the test class path");
                }
                Files.copy(in, cfg);
            }
            Path runDir = Files.createTempDirectory("kam-");
            List<String> command = new ArrayList<>(List.of(binary("kamailio", "voxgate.kamailio").toString(), "-f",
                    cfg.toString(), "-DD", "-E", "-l", "udp:127.0.0.1:" + port, "-n", "2", "-m", "32",
                    "-Y", runDir.toString(), "-w", dir.toString(), "-P", dir.resolve("kamailio.pid").toString(),
                    "-A", "CTL_SOCK=\"unix:" + runDir.resolve("kam.ctl") + "\"",
                    "-A", "AUTH_USER=\"" + user + "\"", "-A", "AUTH_PASSWORD=\"" + password + "\"",
                    "-A", "AUTH_ALGORITHM=\"" + algorithm + "\"", "-A", "MIN_EXPIRES=" + minExpires));
            if (tcp) {
                command.addAll(List.of("-l", "tcp:127.0.0.1:" + port, "-A", "WITH_TCP"));
            }
            Files.writeString(dir.resolve("command.txt"), String.join(" ", command) + "\n");
            Process p = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("kamailio.log").toFile())
                    .start();
            LIVE.add(p);
            Kamailio k = new Kamailio(name, dir, runDir, p, port, tcp);
            try {
                k.awaitReady();
            } catch (RuntimeException | Error e) {
                k.close();
                throw e;
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Kamailio " + name, e);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Kamailio %s exited with %d while starting:%n%s", name, process.exitValue(), log());
            }
            if (Files.exists(runDir.resolve("kam.ctl")) && kamcmd("core.uptime").exitCode == 0) {
                return;
            }
            Gateway.pause(100);
        }
        fail("Kamailio %s did not answer on its control socket within %s:%n%s", name, START_TIMEOUT, log());
    }

    /** Every contact registered for {@code number} (use_domain is off: the AOR is the user part). */
    public List<Binding> bindings(String number) {
        Kamcmd r = kamcmd("ul.lookup", "location", "s:" + number);
        List<Binding> result = new ArrayList<>();
        if (r.exitCode != 0 || r.output.contains("AOR not found")) {
            return result;
        }
        Matcher m = Pattern.compile("Address: (\\S+)\\s+Expires: (-?\\d+)[\\s\\S]*?Call-ID: (\\S+)\\s+CSeq: (\\d+)")
                .matcher(r.output);
        while (m.find()) {
            // the rest of this contact's block (up to the next Address) names its socket
            int next = r.output.indexOf("Address:", m.end());
            Matcher socket = Pattern.compile("Socket: (\\S+)").matcher(r.output.substring(m.start(),
                    next < 0 ? r.output.length() : next));
            result.add(new Binding(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(4)), m.group(3),
                    socket.find() ? socket.group(1) : null));
        }
        return result;
    }

    /** INVITEs this instance received (core statistics); it answers them 405: it is a registrar only. */
    public long invitesReceived() {
        Kamcmd r = kamcmd("stats.get_statistics", "rcv_requests_invite");
        Matcher m = Pattern.compile("rcv_requests_invite = (\\d+)").matcher(r.output);
        if (r.exitCode != 0 || !m.find()) {
            fail("kamcmd stats.get_statistics on %s: %s", name, r.output);
        }
        return Long.parseLong(m.group(1));
    }

    private record Kamcmd(int exitCode, String output) {}

    private Kamcmd kamcmd(String... args) {
        List<String> command = new ArrayList<>(List.of(binary("kamcmd", "voxgate.kamcmd").toString(), "-s",
                "unix:" + runDir.resolve("kam.ctl")));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("kamcmd %s did not finish within 10 s", String.join(" ", args));
            }
            return new Kamcmd(p.exitValue(), out.get(5, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("kamcmd " + String.join(" ", args) + " failed to run", e);
        }
    }

    /** SIGTERM to the PID of this instance, then SIGKILL if it does not end in time. Idempotent. */
    public void stop() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            if (!process.isAlive()) {
                LIVE.remove(process);
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            deleteTree(runDir);
        } catch (IOException e) {
            System.err.println("[" + name + "] could not delete " + runDir + ": " + e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            Path log = dir.resolve("kamailio.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "(log not readable: " + e + ")";
        }
    }

    /** {@code kamailio} / {@code kamcmd}: a system property (path or name), else PATH, else /usr/sbin (Debian). */
    static Path binary(String name, String property) {
        String wanted = System.getProperty(property, name);
        if (wanted.contains("/")) {
            Path p = Path.of(wanted);
            if (Files.isExecutable(p)) {
                return p;
            }
        } else {
            String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin") + ":/usr/local/sbin:/usr/sbin";
            for (String d : path.split(File.pathSeparator)) {
                Path p = Path.of(d.isEmpty() ? "." : d, wanted);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        fail("%s not found ('%s' on PATH, in /usr/sbin or as a path; set -D%s=...). RegistrarClientIT needs it: "
                + "install the Debian package kamailio (apt-get install kamailio), which provides /usr/sbin/%s.",
                name, wanted, property, name);
        return null;
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

    @Override
    public String toString() {
        return "Kamailio " + name + " (" + (tcp ? "udp+tcp" : "udp") + " 127.0.0.1:" + port + ", pid " + process.pid() + ")";
    }
}
