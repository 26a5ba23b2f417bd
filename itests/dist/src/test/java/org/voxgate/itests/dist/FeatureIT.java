package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * Features from the operator's side, through bin/voxgate-cli: list them, uninstall one and install it
 * again live, and find the choice still in place after a restart of the instance.
 */
class FeatureIT {
    private static final String CONFIG = """
            ! FeatureIT
            voice service voip
             sip
              listen-port non-secure 25960
            sip-ua
             max-forwards 12
            """;
    private static final Duration ANSWER = Duration.ofSeconds(3);
    private Gateway gateway;
    private Gateway restarted;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway, restarted);
    }

    @Test
    void featureListShowsEveryFeatureAndWhetherItIsInstalled() {
        gateway = Gateway.start("feature-list", CONFIG);
        Gateway.CliResult list = gateway.cli("feature:list");
        assertThat(list.exitCode()).as(list::toString).isZero();
        assertThat(list.output()).containsPattern("(?m)^voxgate-core\\s+installed\\s+\\S")
                .containsPattern("(?m)^voxgate-shell\\s+installed\\s+\\S");

        assertOk(gateway.cli("feature:uninstall voxgate-shell"));
        assertThat(gateway.cli("feature:list").output()).containsPattern("(?m)^voxgate-shell\\s+not installed\\s");
    }

    @Test
    void shellFeatureUninstalledAndInstalledAgainComesBackWithItsCommands() {
        gateway = Gateway.start("feature-shell", CONFIG);
        assertThat(gateway.cli("show sip-ua status").output()).contains("SIP max-forwards : 12");

        Gateway.CliResult removed = assertOk(gateway.cli("feature:uninstall voxgate-shell"));
        assertThat(removed.output()).contains("Uninstalled members: org.voxgate.shell");
        Gateway.CliResult gone = gateway.cli("show sip-ua status");
        assertThat(gone.exitCode()).as(gone::toString).isEqualTo(1);

        assertOk(gateway.cli("feature:install voxgate-shell"));
        Gateway.CliResult back = assertOk(gateway.cli("show sip-ua status"));
        assertThat(back.output()).containsPattern("(?m)^SIP max-forwards : 12\\s*$");
    }

    @Test
    void coreFeatureUninstalledStopsSipAndInstalledAgainAnswersWithTheSameConfiguration() throws IOException {
        gateway = Gateway.start("feature-core", CONFIG);
        assertThat(options()).as("answers before").hasValue(200);

        Gateway.CliResult removed = assertOk(gateway.cli("feature:uninstall voxgate-core"));
        assertThat(removed.output()).contains("org.voxgate.transport").contains("org.voxgate.call");
        assertThat(options()).as("no SIP without the core feature").isEmpty();

        assertOk(gateway.cli("feature:install voxgate-core"));
        assertThat(optionsWithin(Duration.ofSeconds(10))).as("answers again").hasValue(200);
        assertThat(gateway.cli("show sip-ua status").output()).containsPattern("(?m)^SIP max-forwards : 12\\s*$");
    }

    @Test
    void anUninstalledFeatureStaysUninstalledAfterARestart() {
        gateway = Gateway.start("feature-restart-1", CONFIG);
        assertOk(gateway.cli("feature:uninstall voxgate-shell"));
        assertThat(gateway.stopKeepingHome()).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);

        restarted = Gateway.restart("feature-restart-2", gateway, CONFIG);
        assertThat(restarted.cli("feature:list").output()).containsPattern("(?m)^voxgate-shell\\s+not installed\\s")
                .containsPattern("(?m)^voxgate-core\\s+installed\\s");
        assertThat(restarted.cli("show sip-ua status").exitCode()).isEqualTo(1);
    }

    @Test
    void unknownFeatureFailsWithTheAvailableNames() {
        gateway = Gateway.start("feature-unknown", CONFIG);
        Gateway.CliResult r = gateway.cli("feature:install voxgate-nonsense");
        assertThat(r.exitCode()).as(r::toString).isEqualTo(1);
        assertThat(r.output()).contains("Unknown feature voxgate-nonsense").contains("voxgate-core");
    }

    private static Gateway.CliResult assertOk(Gateway.CliResult r) {
        assertThat(r.exitCode()).as(r::toString).isZero();
        return r;
    }

    /** Asks again (a new OPTIONS each second) until one is answered or the time is up. */
    private static Optional<Integer> optionsWithin(Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        Optional<Integer> status = Optional.empty();
        while (status.isEmpty() && System.nanoTime() < deadline) {
            try (RawSip.Udp udp = new RawSip.Udp(Ports.FEATURE_PROBE_UDP, Ports.FEATURE_SIP)) {
                status = udp.exchange(Request.of("OPTIONS"), Duration.ofSeconds(1)).map(Response::status);
            }
        }
        return status;
    }

    /** The status of the answer to one OPTIONS over UDP; empty when nothing answers within the deadline. */
    private static Optional<Integer> options() throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.FEATURE_PROBE_UDP, Ports.FEATURE_SIP)) {
            return udp.exchange(Request.of("OPTIONS"), ANSWER).map(Response::status);
        }
    }
}
