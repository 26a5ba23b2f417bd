package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * The gateway as SRST registrar (feature {@code voxgate-srst}, configured through {@code etc/*.cfg}, so that the
 * files are in place before the first start; {@link SrstAuthIT} configures it by IOS text): SIPp registers 10,000 distinct users from a CSV file, the gateway is killed
 * with SIGKILL and started again on the same home, every binding is still there, and a call to a registered number
 * reaches the SIPp phone that registered it. Expires below min → 423 with Min-Expires; above max → granted max.
 */
class SrstIT {
    private static final int USERS = 10_000;
    private static final int FIRST_USER = 70_000;
    /** The number the SIPp callee registers for itself. */
    private static final String CALLEE = "80000";
    private static final int REGISTER_RATE = 500;
    private static final Duration ANSWER = Duration.ofSeconds(3);
    private static final Pattern CONTACTS = Pattern.compile("registered contacts (\\d+) \\(AORs (\\d+)\\)");
    private static final String CONFIG = """
            ! SrstIT: the gateway as SRST registrar for SIPp phones on 127.0.0.1
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 26000
            """;
    /**
     * voice service voip / sip / registrar server expires max 7200 min 120; voice register pool 1 / id network
     * 127.0.0.0 mask 255.0.0.0; and a store that compacts every 3000 records, so that the 10,000 registrations go
     * through several compactions and the kill finds both a snapshot and a journal.
     */
    private static final Map<String, String> ETC = Map.of(
            "org.voxgate.srst.cfg", "registrar.server=true\nexpires.max=7200\nexpires.min=120\n",
            "org.voxgate.srst.pool-1.cfg", "id.network=127.0.0.0\nid.mask=255.0.0.0\n",
            "org.voxgate.registrar.store.file.cfg", "compaction.threshold=3000\n");

    private Gateway gateway;
    private Gateway restarted;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway, restarted);
    }

    @Test
    void tenThousandRegistrationsSurviveKillNineAndARegisteredPhoneIsCalled() throws IOException {
        gateway = start("srst-1");
        installSrst(gateway);

        Path users = csv("users.csv", FIRST_USER, USERS);
        long started = System.nanoTime();
        Sipp.Result registered = Sipp.start("srst-register-10000", "srst-register.xml", Sipp.Transport.UDP,
                Ports.SRST_REGISTRAR_UAC, Ports.SRST_SIP, USERS, REGISTER_RATE, Duration.ofSeconds(180),
                List.of("-inf", users.toString(), "-l", "1000")).await();
        long millis = (System.nanoTime() - started) / 1_000_000;
        SippCalls.assertAllSuccessful(registered, USERS);
        System.out.printf("SrstIT: %d REGISTERs at -r %d answered 200 in %d ms (informal, not a benchmark)%n",
                USERS, REGISTER_RATE, millis);

        // the callee registers its own address (the REGISTER comes from the port it will answer on)
        Sipp.Result callee = Sipp.start("srst-register-callee", "srst-register.xml", Sipp.Transport.UDP, Ports.SRST_UAS,
                Ports.SRST_SIP, 1, 0, Duration.ofSeconds(15), List.of("-inf", csv("callee.csv", 80_000, 1).toString()))
                .await();
        SippCalls.assertAllSuccessful(callee, 1);
        assertThat(contacts(gateway)).isEqualTo(USERS + 1);
        Path store = gateway.home().resolve("data/registrations");
        assertThat(store.resolve("bindings.snapshot")).as("compacted during the load").exists();
        assertThat(Files.size(store.resolve("bindings.journal"))).as("records since the last compaction").isPositive();

        assertThat(gateway.kill()).as("exit code after SIGKILL (128 + 9)").isEqualTo(137);
        restarted = Gateway.restart("srst-2", gateway, CONFIG);
        assertThat(awaitContacts(restarted, USERS + 1)).as("bindings after kill -9 and restart").isEqualTo(USERS + 1);
        for (int user : new int[] {FIRST_USER, FIRST_USER + 4242, FIRST_USER + USERS - 1}) {
            Response r = register(query(Integer.toString(user)));
            assertThat(r.status()).as(r::toString).isEqualTo(200);
            assertThat(r.headers("Contact")).as(r::toString).singleElement().asString()
                    .contains("sip:" + user + "@127.0.0.1:" + Ports.SRST_REGISTRAR_UAC)
                    .containsPattern("expires=3[0-9]{3}\\b");
        }

        Sipp.Running uas = SippCalls.callee("srst-uas", "uas-answer.xml", Ports.SRST_UAS, 1, Duration.ofSeconds(30));
        Sipp.Result caller = Sipp.call("srst-uac", "uac-call.xml", Sipp.Transport.UDP, Ports.SRST_CALLER, Ports.SRST_SIP,
                CALLEE, 1, 1, Duration.ofSeconds(20));
        SippCalls.assertCompleted(caller, uas.await(), 1);
    }

    @Test
    void expiresBelowMinIsTooBriefAndAboveMaxIsGrantedMax() throws IOException {
        gateway = start("srst-expires");
        installSrst(gateway);

        Response brief = register(request("6100", "<sip:6100@127.0.0.1:" + Ports.SRST_PROBE_UDP + ">", 30));
        assertThat(brief.status()).as(brief::toString).isEqualTo(423);
        assertThat(brief.header("Min-Expires")).isEqualTo("120");
        assertThat(register(query("6100")).headers("Contact")).as("nothing bound").isEmpty();

        Response capped = register(request("6100", "<sip:6100@127.0.0.1:" + Ports.SRST_PROBE_UDP + ">", 86400));
        assertThat(capped.status()).as(capped::toString).isEqualTo(200);
        assertThat(capped.headers("Contact")).singleElement().asString()
                .contains("sip:6100@127.0.0.1:" + Ports.SRST_PROBE_UDP).containsPattern("expires=(7200|7199)\\b");

        Response removeAll = register(request("6100", "*", 0));
        assertThat(removeAll.status()).as(removeAll::toString).isEqualTo(200);
        assertThat(removeAll.headers("Contact")).isEmpty();
        Response starWithoutZero = register(request("6100", "*", 3600));
        assertThat(starWithoutZero.status()).as(starWithoutZero::toString).isEqualTo(400);
        assertThat(gateway.cli("show voice register all").output()).contains("Registrar server is enabled")
                .contains("  expires max 7200 min 120").contains("registered contacts 0 (AORs 0)");
    }

    @Test
    void updatingTheStoreAndTheRegistrarUnderLoadKeepsEveryBindingAndEveryRegisterIsAnswered() throws IOException {
        gateway = start("srst-hotswap");
        installSrst(gateway);
        SippCalls.assertAllSuccessful(Sipp.start("srst-hotswap-before", "srst-register.xml", Sipp.Transport.UDP,
                Ports.SRST_REGISTRAR_UAC, Ports.SRST_SIP, 1000, 500, Duration.ofSeconds(60),
                List.of("-inf", csv("before.csv", 50_000, 1000).toString())).await(), 1000);

        // 3000 more at 300/s (10 s) while both bundles are replaced; SIPp retransmits what falls in a gap
        Sipp.Running during = Sipp.start("srst-hotswap-during", "srst-register.xml", Sipp.Transport.UDP,
                Ports.SRST_REGISTRAR_UAC, Ports.SRST_SIP, 3000, 300, Duration.ofSeconds(90),
                List.of("-inf", csv("during.csv", 60_000, 3000).toString()));
        Gateway.pause(2000);
        ok(gateway.cli("update " + gateway.bundleId("org.voxgate.registrar.store.file")));
        Gateway.pause(2000);
        ok(gateway.cli("update " + gateway.bundleId("org.voxgate.registrar.server")));
        SippCalls.assertAllSuccessful(during.await(), 3000);
        assertThat(contacts(gateway)).isEqualTo(4000);
        assertThat(gateway.cli("log debug").output()).contains("org.voxgate.registrar.store.file - BundleEvent UPDATED")
                .contains("org.voxgate.registrar.server - BundleEvent UPDATED");
    }

    /** A gateway whose new home has {@link #ETC} in etc/ before the first start (FileInstall applies them). */
    private static Gateway start(String name) throws IOException {
        Path home = Files.createTempDirectory("voxgate-" + name + "-").resolve("home");
        Path etc = Files.createDirectories(home.resolve("etc"));
        for (Map.Entry<String, String> f : ETC.entrySet()) {
            Files.writeString(etc.resolve(f.getKey()), f.getValue());
        }
        return Gateway.startIn(name, CONFIG, home);
    }

    private static Gateway.CliResult ok(Gateway.CliResult r) {
        assertThat(r.exitCode()).as(r::toString).isZero();
        return r;
    }

    private static void installSrst(Gateway g) throws IOException {
        Gateway.CliResult installed = g.cli("feature:install voxgate-srst");
        assertThat(installed.exitCode()).as(installed::toString).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Gateway.CliResult show = g.cli("show voice register all");
            if (show.exitCode() == 0 && show.output().contains("Registrar server is enabled")) {
                Optional<Response> r = exchange(query("100"), ANSWER);
                if (r.isPresent() && r.get().status() == 200) {
                    return;
                }
            }
            Gateway.pause(200);
        }
        fail("%s: the registrar server did not come up after feature:install voxgate-srst%n%s", g, g.cli("show voice register all"));
    }

    /** The "registered contacts N" of {@code show voice register all}. */
    private static int contacts(Gateway g) {
        Gateway.CliResult show = g.cli("show voice register all");
        assertThat(show.exitCode()).as(show::toString).isZero();
        Matcher m = CONTACTS.matcher(show.output());
        assertThat(m.find()).as(show.output().lines().limit(12).toList()::toString).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** After a restart the feature's bundles start on their own; wait (bounded) for the replayed bindings. */
    private static int awaitContacts(Gateway g, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int seen = -1;
        while (System.nanoTime() < deadline) {
            Gateway.CliResult show = g.cli("show voice register all");
            Matcher m = CONTACTS.matcher(show.output());
            if (show.exitCode() == 0 && m.find()) {
                seen = Integer.parseInt(m.group(1));
                if (seen == expected) {
                    return seen;
                }
            }
            Gateway.pause(200);
        }
        return seen;
    }

    /** SIPp's -inf file: SEQUENTIAL, one number per line. */
    private static Path csv(String name, int first, int count) throws IOException {
        Path dir = Files.createDirectories(Gateway.itestDir().resolve("srst"));
        List<String> lines = new ArrayList<>(count + 1);
        lines.add("SEQUENTIAL");
        for (int i = 0; i < count; i++) {
            lines.add((first + i) + ";");
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.US_ASCII);
    }

    private static int cseq;

    /** A REGISTER for {@code aor}; {@code contact} null = a query, "*" = remove all; {@code expires} < 0 = no header. */
    private static String request(String aor, String contact, int expires) {
        String callId = RawSip.hex(8) + "@127.0.0.1";
        StringBuilder b = new StringBuilder()
                .append("REGISTER sip:127.0.0.1:").append(Ports.SRST_SIP).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(Ports.SRST_PROBE_UDP).append(";branch=z9hG4bK")
                .append(RawSip.hex(6)).append(";rport\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:").append(aor).append("@127.0.0.1>;tag=").append(RawSip.hex(4)).append("\r\n")
                .append("To: <sip:").append(aor).append("@127.0.0.1>\r\n")
                .append("Call-ID: ").append(callId).append("\r\n")
                .append("CSeq: ").append(++cseq).append(" REGISTER\r\n");
        if (contact != null) {
            b.append("Contact: ").append(contact).append("\r\n");
        }
        if (expires >= 0) {
            b.append("Expires: ").append(expires).append("\r\n");
        }
        return b.append("Content-Length: 0\r\n\r\n").toString();
    }

    private static String query(String aor) {
        return request(aor, null, -1);
    }

    private static Response register(String request) throws IOException {
        return exchange(request, ANSWER).orElseThrow(() -> new AssertionError("no answer to\n" + request));
    }

    /** Sends one REGISTER from the probe port and waits (bounded) for its final response. */
    private static Optional<Response> exchange(String request, Duration timeout) throws IOException {
        String callId = request.replaceAll("(?s).*\r\nCall-ID: ([^\r]+)\r\n.*", "$1");
        try (RawSip.Udp udp = new RawSip.Udp(Ports.SRST_PROBE_UDP, Ports.SRST_SIP)) {
            udp.sendRaw(request.getBytes(StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Optional<String> datagram = udp.receive(deadline);
                if (datagram.isEmpty()) {
                    return Optional.empty();
                }
                Response r;
                try {
                    r = Response.parse(datagram.get());
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (callId.equals(r.header("Call-ID")) && r.status() >= 200) {
                    return Optional.of(r);
                }
            }
        }
    }
}
