package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The operator's configuration surface against the distribution: the seed's Examples 4-7..4-10 loaded with
 * {@code copy FILE running-config}, {@code show running-config}, a refused file that changes nothing,
 * {@code configure terminal} fed from {@code voxgate-cli}'s standard input, the running-config as a fixed point
 * in a fresh instance, and the configuration surviving a restart and a {@code kill -9}. One instance (home) goes
 * through the steps in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningConfigIT {
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(30);
    private static final String START_CONFIG = """
            ! RunningConfigIT
            voice service voip
             sip
              listen-port non-secure %d
            """;
    private static final List<String> EXAMPLES = List.of("example-4-7.txt", "example-4-8.txt", "example-4-9.txt",
            "example-4-10.txt");

    private Gateway gateway;
    private Gateway fresh;
    /** show running-config after the steps that change it, to compare with later instances. */
    private String expected;

    @AfterAll
    void stopAll() {
        Gateway.closeAll(gateway, fresh);
    }

    @Test
    @Order(1)
    void eachSeedExampleLoadsWithCopyAndItsLinesAreInTheRunningConfig() throws Exception {
        gateway = Gateway.start("running-config", START_CONFIG.formatted(Ports.RUNNING_CONFIG_SIP));
        for (String example : EXAMPLES) {
            Gateway.CliResult copy = gateway.cli("copy " + seed(example) + " running-config");
            assertThat(copy.exitCode()).as("copy %s: %s", example, copy).isZero();
            assertThat(copy.output()).as(example).contains("Applied ").contains("Changed: org.voxgate.");
            String running = runningConfig(gateway);
            for (String line : configLines(seed(example))) {
                assertThat(running.lines().map(String::strip)).as("%s line '%s' in:%n%s", example, line, running)
                        .contains(line.replace("source-interface lo0", "source-interface Loopback0"));
            }
            if (example.equals("example-4-8.txt")) {
                String status = gateway.cli("show sip-ua status").output();
                assertThat(status).contains("SIP User Agent for UDP : DISABLED").contains("SIP max-forwards : 10");
                // the registrar client acts on the registrar lines: nothing of this example is reported as inactive
                assertThat(copy.output()).doesNotContain("Not active yet:");
            }
            if (example.equals("example-4-9.txt")) {
                assertThat(copy.output()).contains("Not active yet:").contains("bind control source-interface lo0 (stored;")
                        .contains("registrar server expires max 1500 min 500 (stored;");
            }
            if (example.equals("example-4-10.txt")) {
                assertThat(gateway.cli("show sip-ua status").output())
                        .contains("Maximum duration for a telephone-event in NOTIFYs: 1000 ms");
            }
        }
        expected = runningConfig(gateway);
        assertThat(expected).startsWith("!\nvoice service voip\n").endsWith("!\nend\n")
                .containsSubsequence("voice service voip", "sip-ua", "dial-peer voice 3400 voip", "dial-peer voice 3401 voip",
                        "dial-peer voice 4404 voip");
    }

    @Test
    @Order(2)
    void aFileWithABadFifthLineIsRefusedNamingLine5AndChangesNothing() throws Exception {
        assertThat(Files.readAllLines(seed("bad-line-5.txt")).get(4)).isEqualTo(" max-forwards 99");
        Gateway.CliResult copy = gateway.cli("copy " + seed("bad-line-5.txt") + " running-config");
        assertThat(copy.exitCode()).as(copy.toString()).isEqualTo(1);
        assertThat(copy.output()).contains("% Invalid input detected at line 5").contains("max-forwards 99")
                .contains("Nothing was applied");
        assertThat(runningConfig(gateway)).isEqualTo(expected);
        assertThat(gateway.cli("copy /nonexistent/site.txt running-config").exitCode()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void configureTerminalReadsTheLinesFromStandardInputUntilEnd() throws Exception {
        Gateway.CliResult bad = cliWithInput(gateway, "configure terminal", "sip-ua\n retry invite 11\nend\n");
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.output()).contains("% Invalid input detected at line 2").contains("retry invite 11");
        assertThat(runningConfig(gateway)).isEqualTo(expected);

        Gateway.CliResult ok = cliWithInput(gateway, "configure terminal", """
                dial-peer voice 7000 voip
                 description added from the terminal
                 destination-pattern 7...
                 session target ipv4:127.0.0.70
                end
                sip-ua
                 max-forwards 5
                """);
        assertThat(ok.exitCode()).as(ok.toString()).isZero();
        assertThat(ok.output()).contains("Applied 4 commands from terminal").contains("org.voxgate.dialpeer~7000");
        String running = runningConfig(gateway);
        assertThat(running).contains("dial-peer voice 7000 voip\n description added from the terminal\n"
                + " destination-pattern 7...\n session target ipv4:127.0.0.70\n!\n");
        assertThat(running).as("the lines after 'end' are not applied").contains(" max-forwards 10\n")
                .doesNotContain("max-forwards 5");
        expected = running;
    }

    @Test
    @Order(4)
    void theRunningConfigLoadedIntoAFreshInstanceGivesTheSameRunningConfig() throws Exception {
        gateway.stopKeepingHome(); // frees the listen port of the running-config for the fresh instance
        Path saved = Files.writeString(gateway.diagnostics().resolve("running-config.txt"), expected);
        fresh = Gateway.start("running-config-fresh", START_CONFIG.formatted(Ports.RUNNING_CONFIG_FRESH_SIP));
        Gateway.CliResult copy = fresh.cli("copy " + saved + " running-config");
        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(runningConfig(fresh)).isEqualTo(expected);
        fresh.stop();
    }

    @Test
    @Order(5)
    void theConfigurationSurvivesARestartOfTheSameHome() {
        gateway = Gateway.restart("running-config-restarted", gateway, null);
        assertThat(runningConfig(gateway)).isEqualTo(expected);
        assertThat(gateway.cli("show sip-ua status").output()).contains("SIP User Agent for UDP : DISABLED")
                .contains("SIP max-forwards : 10");
    }

    @Test
    @Order(6)
    void theConfigurationSurvivesKill9() throws Exception {
        Gateway.CliResult change = cliWithInput(gateway, "configure terminal", "sip-ua\n retry invite 2\n");
        assertThat(change.exitCode()).as(change.toString()).isZero();
        expected = runningConfig(gateway);
        assertThat(expected).contains(" retry invite 2\n");
        gateway.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(gateway.isAlive()).isFalse();
        gateway.stopKeepingHome(); // records the exit; the home stays
        gateway = Gateway.restart("running-config-after-kill", gateway, null);
        assertThat(runningConfig(gateway)).isEqualTo(expected);
    }

    private static String runningConfig(Gateway g) {
        Gateway.CliResult r = g.cli("show running-config");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.output();
    }

    /** The configuration lines of a seed file, stripped: no comments, no blank lines. */
    private static List<String> configLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("!")).toList();
    }

    private static Path seed(String name) throws URISyntaxException {
        return Path.of(RunningConfigIT.class.getResource("/seed/" + name).toURI()).toAbsolutePath();
    }

    /** {@code voxgate-cli --home HOME "command" < input}, bounded; output is stdout and stderr together. */
    private static Gateway.CliResult cliWithInput(Gateway g, String command, String input) throws Exception {
        Path stdin = Files.writeString(Files.createTempFile(g.diagnostics(), "stdin-", ".txt"), input);
        Process p = new ProcessBuilder(Gateway.bin("voxgate-cli").toString(), "--home", g.home().toString(), command)
                .redirectInput(stdin.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!p.waitFor(CLI_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            fail("voxgate-cli \"%s\" < %s did not finish within %s", command, stdin, CLI_TIMEOUT);
        }
        return new Gateway.CliResult(p.exitValue(), output.get(10, TimeUnit.SECONDS));
    }
}
