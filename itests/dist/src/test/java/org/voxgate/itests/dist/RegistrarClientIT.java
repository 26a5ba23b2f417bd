package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * The registrar client against two real registrars: Kamailio instances (primary: digest MD5, secondary: digest
 * SHA-256, both qop=auth with nonce counts, 423 below 20 s) started by the test. The gateway's POTS lines 5001 and
 * 5002 are registered with both, read back from Kamailio's location table ({@code kamcmd ul.lookup}) and shown
 * by {@code show sip-ua register status [secondary]}; with the primary stopped the secondary keeps them. The
 * registrar configuration ({@code org.voxgate.registration~primary|secondary}) and the credentials
 * ({@code org.voxgate.sipua}) are written as {@code etc/*.cfg} files while the gateway runs, so every change is live.
 */
class RegistrarClientIT {
    private static final String USER = "voxgate";
    private static final String PASSWORD = "It-s3cret";
    /** Private (leading '.'): not published as a service property. */
    private static final String PASSWORD_KEY = ".authentication.password";
    /** Where the password was stored before; still read, with a WARNING. */
    private static final String LEGACY_PASSWORD_KEY = "authentication.password";
    private static final int MIN_EXPIRES = 20;
    private static final Duration REGISTERED_WITHIN = Duration.ofSeconds(20);
    private static final String CONFIG = """
            ! RegistrarClientIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure %d
            dial-peer voice 101 pots
             destination-pattern 5001
             port 0/0/1
            dial-peer voice 102 pots
             destination-pattern 5002
             port 0/0/2
            dial-peer voice 110 pots
             destination-pattern 51..
             port 0/0/3
            dial-peer voice 1 voip
             destination-pattern 6...
             session target registrar
            """.formatted(Ports.REGISTRAR_CLIENT_SIP);

    private Kamailio primary;
    private Kamailio secondary;
    private Gateway gateway;

    @BeforeEach
    void registrars(TestInfo test) {
        String name = test.getTestMethod().map(m -> m.getName()).orElse("test");
        primary = Kamailio.start(name + "-kamailio-primary", Ports.KAMAILIO_PRIMARY, USER, PASSWORD, "MD5", MIN_EXPIRES);
        secondary = Kamailio.start(name + "-kamailio-secondary", Ports.KAMAILIO_SECONDARY, USER, PASSWORD, "SHA-256",
                MIN_EXPIRES);
    }

    @AfterEach
    void stopAll() {
        Gateway.closeAll(gateway);
        if (primary != null) {
            primary.close();
        }
        if (secondary != null) {
            secondary.close();
        }
    }

    @Test
    void linesAreRegisteredWithBothRegistrarsAndStayOnTheSecondaryWhenThePrimaryStops() throws IOException {
        gateway = Gateway.start("registrar-client-failover", CONFIG);
        credentials(PASSWORD);
        registrar("primary", Ports.KAMAILIO_PRIMARY, "expires = 10"); // below Kamailio's 20: 423, then 20
        registrar("secondary", Ports.KAMAILIO_SECONDARY, "expires = 10");

        for (Kamailio k : List.of(primary, secondary)) {
            for (String line : List.of("5001", "5002")) {
                List<Kamailio.Binding> b = await(k + " has " + line, () -> k.bindings(line), l -> l.size() == 1);
                assertThat(b.get(0).address()).isEqualTo("sip:" + line + "@127.0.0.1:" + Ports.REGISTRAR_CLIENT_SIP);
                assertThat(b.get(0).expires()).as("granted after 423 Min-Expires").isBetween(1, MIN_EXPIRES);
            }
            assertThat(k.bindings("5100")).as("a pattern is no line").isEmpty();
        }
        awaitShow("sip-ua register status", "5001", 101, "yes");
        awaitShow("sip-ua register status", "5002", 102, "yes");
        awaitShow("sip-ua register status secondary", "5001", 101, "yes");
        Gateway.CliResult status = gateway.cli("show sip-ua register status");
        assertThat(status.output()).as(status::toString)
                .startsWith("Line                             peer       expires(sec) registered\n");
        assertThat(gateway.log()).contains("Line 5001 registered (primary registrar ipv4:127.0.0.1:" + Ports.KAMAILIO_PRIMARY
                + ", expires 20 s)").contains("Line 5002 registered (secondary registrar");

        // session target registrar reaches the current registrar: the primary (which answers 405: registrar only)
        assertThat(call("6001")).isEqualTo(405);
        assertThat(primary.invitesReceived()).isEqualTo(1);
        assertThat(secondary.invitesReceived()).isZero();

        long secondaryCseq = secondary.bindings("5001").get(0).cseq();
        primary.stop();
        awaitShow("sip-ua register status", "5001", 101, "no");
        awaitShow("sip-ua register status", "5002", 102, "no");
        assertThat(gateway.log()).contains("Line 5001 failed: no response (primary registrar");
        awaitShow("sip-ua register status secondary", "5001", 101, "yes");
        awaitShow("sip-ua register status secondary", "5002", 102, "yes");
        List<Kamailio.Binding> kept = await("secondary refreshed 5001", () -> secondary.bindings("5001"),
                l -> l.size() == 1 && l.get(0).cseq() > secondaryCseq);
        assertThat(kept.get(0).expires()).isPositive();
        assertThat(secondary.bindings("5002")).hasSize(1);

        assertThat(call("6002")).isEqualTo(405);
        assertThat(secondary.invitesReceived()).as("session target registrar now reaches the secondary").isEqualTo(1);
    }

    @Test
    void linesAndRegistrarsFollowTheConfigurationLiveAndAStopUnregisters() throws IOException {
        gateway = Gateway.start("registrar-client-live", CONFIG);
        credentials(PASSWORD);
        registrar("primary", Ports.KAMAILIO_PRIMARY, "");
        registrar("secondary", Ports.KAMAILIO_SECONDARY, "");
        for (Kamailio k : List.of(primary, secondary)) {
            for (String line : List.of("5001", "5002")) {
                assertThat(await(k + " has " + line, () -> k.bindings(line), l -> l.size() == 1).get(0).expires())
                        .as("default expires 3600").isGreaterThan(3500);
            }
        }

        // a POTS dial peer added: its number is registered with both; removed: unregistered from both
        Path peer = etc("org.voxgate.dialpeer-103.cfg");
        Files.writeString(peer, "tag = 103\ntype = pots\ndestination.pattern = 5003\nport = 0/0/3\n");
        await("primary has 5003", () -> primary.bindings("5003"), l -> l.size() == 1);
        await("secondary has 5003", () -> secondary.bindings("5003"), l -> l.size() == 1);
        awaitShow("sip-ua register status", "5003", 103, "yes");
        Files.delete(peer);
        await("primary lost 5003", () -> primary.bindings("5003"), List::isEmpty);
        await("secondary lost 5003", () -> secondary.bindings("5003"), List::isEmpty);
        assertThat(gateway.cli("show sip-ua register status").output()).doesNotContain("5003");

        // no registrar secondary: unregistered there, still registered with the primary
        Files.delete(etc("org.voxgate.registration-secondary.cfg"));
        await("secondary lost 5001", () -> secondary.bindings("5001"), List::isEmpty);
        await("secondary lost 5002", () -> secondary.bindings("5002"), List::isEmpty);
        assertThat(gateway.cli("show sip-ua register status secondary").output())
                .isEqualTo("Line                             peer       expires(sec) registered\n");
        assertThat(primary.bindings("5001")).hasSize(1);

        // a clean stop unregisters
        assertThat(gateway.stop()).as("exit code after SIGTERM").isEqualTo(143);
        assertThat(primary.bindings("5001")).isEmpty();
        assertThat(primary.bindings("5002")).isEmpty();
    }

    @Test
    void aWrongPasswordIsAFailureThatIsShownAndLoggedOnce() throws IOException {
        gateway = Gateway.start("registrar-client-bad-password", CONFIG);
        credentials("not-" + PASSWORD);
        registrar("primary", Ports.KAMAILIO_PRIMARY, "");
        awaitShow("sip-ua register status", "5001", 101, "no");
        await("failure logged", gateway::log, log -> log.contains(
                "Line 5001 failed: 401 Unauthorized (credentials rejected) (primary registrar"));
        assertThat(primary.bindings("5001")).isEmpty();

        // failed registrations are tried again at once when the credentials change; a file written before the
        // private key still authenticates
        credentials(LEGACY_PASSWORD_KEY, PASSWORD);
        await("primary has 5001", () -> primary.bindings("5001"), l -> l.size() == 1);
        awaitShow("sip-ua register status", "5001", 101, "yes");
        String log = await("legacy key reported", gateway::log, l -> l.contains("WARNING [org.voxgate.registrar.client."
                + "internal.SipUaSettings] sip-ua authentication.password: the password is visible to every bundle"));
        assertThat(log).as("neither password is logged").doesNotContain(PASSWORD);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Path etc(String file) {
        return gateway.home().resolve("etc").resolve(file);
    }

    /** {@code sip-ua} credentials and fast REGISTER retransmissions: 2 sends, 200 ms apart (gives up after 0.5 s). */
    private void credentials(String password) throws IOException {
        credentials(PASSWORD_KEY, password);
    }

    /** As {@link #credentials(String)}, with the password under {@code passwordKey}. */
    private void credentials(String passwordKey, String password) throws IOException {
        Files.writeString(etc("org.voxgate.sipua.cfg"), "authentication.username = " + USER + "\n"
                + passwordKey + " = " + password + "\nretry.register = 2\ntimers.register = 200\n");
    }

    private void registrar(String name, int port, String extra) throws IOException {
        Files.writeString(etc("org.voxgate.registration-" + name + ".cfg"),
                "target = ipv4:127.0.0.1:" + port + "\n" + extra + "\n");
    }

    /** An INVITE from a raw UDP socket to NUMBER through the gateway; the final status. */
    private static int call(String number) throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.REGISTRAR_CLIENT_PROBE_UDP, Ports.REGISTRAR_CLIENT_SIP)) {
            Optional<Response> r = udp.exchange(Request.of("INVITE").to(number), Duration.ofSeconds(10));
            assertThat(r).as("final response to INVITE " + number).isPresent();
            return r.get().status();
        }
    }

    /** Waits until {@code show COMMAND} has the row LINE PEER <expires> REGISTERED. */
    private void awaitShow(String command, String line, int peer, String registered) {
        String row = "(?m)^" + line + "\\s+" + peer + "\\s+\\d+\\s+" + registered + "$";
        await("'" + row + "' in show " + command, () -> gateway.cli("show " + command).output(),
                out -> Pattern.compile(row).matcher(out).find());
    }

    private <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("%s: not within 45 s; last: %s%n--- gateway log:%n%s", what, last, gateway.log());
            }
            Gateway.pause(250);
            last = read.get();
        }
        return last;
    }
}
