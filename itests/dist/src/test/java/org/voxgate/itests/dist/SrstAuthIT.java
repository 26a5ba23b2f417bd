package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * The SRST registrar configured by IOS text only ({@code bin/voxgate --config}: {@code registrar server} and
 * {@code voice register pool 1} with {@code id number} and {@code username ... password ...}), SIPp phones registering
 * with digest authentication: the right password gets 200; a wrong password, an unknown user name and a number in no
 * pool are refused alike (401, the same challenge apart from the nonce), so the answers do not reveal which users or
 * numbers exist. A new password typed with {@code copy FILE running-config} applies to the next REGISTER.
 */
class SrstAuthIT {
    private static final int USERS = 200;
    private static final int FIRST_USER = 72_000;
    private static final String PASSWORD = "s3cret";
    private static final Duration ANSWER = Duration.ofSeconds(3);
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern CONTACTS = Pattern.compile("registered contacts (\\d+) \\(AORs (\\d+)\\)");
    private static final String CONFIG = """
            ! SrstAuthIT: the SRST registrar and its pool from IOS text
            voice service voip
             sip
              listen-port non-secure %d
              registrar server expires max 7200
            voice register pool 1
             id number 72...
             username branch password %s
            """.formatted(Ports.SRST_AUTH_SIP, PASSWORD);

    private Gateway gateway;
    private int cseq;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void phonesOfThePoolRegisterWithDigestAndEveryOtherAnswerIsTheSameRefusal() throws IOException {
        gateway = Gateway.start("srst-auth", CONFIG);
        assertThat(gateway.cli("show running-config").output()).as("the pool as IOS text, password as type 7")
                .contains("voice register pool 1\n id number 72...\n username branch password 7 ")
                .doesNotContain(PASSWORD);
        installSrst();

        Path users = csv("auth-users.csv", FIRST_USER, USERS);
        SippCalls.assertAllSuccessful(register("srst-auth-right", "srst-register-digest.xml", users, USERS, "branch",
                PASSWORD), USERS);
        assertThat(contacts()).isEqualTo(USERS);

        Path few = csv("auth-few.csv", FIRST_USER + USERS, 10);
        SippCalls.assertAllSuccessful(register("srst-auth-wrong-password", "srst-register-digest-refused.xml", few, 10,
                "branch", "guess"), 10);
        SippCalls.assertAllSuccessful(register("srst-auth-unknown-user", "srst-register-digest-refused.xml", few, 10,
                "mallory", PASSWORD), 10);
        Path outside = csv("auth-outside.csv", 99_000, 10);
        SippCalls.assertAllSuccessful(register("srst-auth-no-pool", "srst-register-digest-refused.xml", outside, 10,
                "branch", PASSWORD), 10);
        assertThat(contacts()).as("nothing registered by the refused ones").isEqualTo(USERS);

        // the same refusal, byte for byte apart from the nonce, whatever was wrong
        Response wrongPassword = answered("72500", "branch", "guess");
        Response unknownUser = answered("72500", "mallory", PASSWORD);
        Response noPool = answered("99500", "branch", PASSWORD);
        Response notChallengedYet = unauthenticated("99501");
        for (Response r : List.of(wrongPassword, unknownUser, noPool, notChallengedYet)) {
            assertThat(r.status()).as(r::toString).isEqualTo(401);
            assertThat(r.reason()).as(r::toString).isEqualTo(wrongPassword.reason());
            assertThat(withoutNonce(r.header("WWW-Authenticate"))).as(r::toString)
                    .isEqualTo(withoutNonce(wrongPassword.header("WWW-Authenticate")))
                    .contains("realm=\"voxgate\"", "qop=\"auth\"").doesNotContain("stale");
        }
        Response right = answered("72500", "branch", PASSWORD);
        assertThat(right.status()).as(right::toString).isEqualTo(200);
        assertThat(right.headers("Contact")).as(right::toString).singleElement().asString()
                .contains("sip:72500@127.0.0.1:" + Ports.SRST_AUTH_PROBE_UDP).containsPattern("expires=(3600|3599)\\b");
    }

    @Test
    void aNewPasswordCopiedIntoTheRunningConfigAppliesToTheNextRegister() throws IOException {
        gateway = Gateway.start("srst-auth-change", CONFIG);
        installSrst();
        Path file = Gateway.itestDir().resolve("srst-auth-change").resolve("new-password.txt");
        Files.writeString(file, "voice register pool 1\n username branch password n3w-secret\n");
        Gateway.CliResult copied = gateway.cli("copy " + file + " running-config");
        assertThat(copied.exitCode()).as(copied::toString).isZero();
        assertThat(copied.output()).as(copied::toString).contains("org.voxgate.srst.pool~1");
        // Config Admin delivers the change to the registrar asynchronously: wait (bounded) until the old one fails
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (answered("72001", "branch", PASSWORD).status() != 401) {
            if (System.nanoTime() > deadline) {
                fail("the old password still registers 15 s after the copy");
            }
            Gateway.pause(200);
        }
        Path one = csv("auth-new.csv", 72_002, 5);
        SippCalls.assertAllSuccessful(register("srst-auth-new-password", "srst-register-digest.xml", one, 5, "branch",
                "n3w-secret"), 5);
        SippCalls.assertAllSuccessful(register("srst-auth-old-password", "srst-register-digest-refused.xml", one, 5,
                "branch", PASSWORD), 5);
    }

    private static Sipp.Result register(String label, String scenario, Path csv, int calls, String user,
            String password) {
        return Sipp.start(label, scenario, Sipp.Transport.UDP, Ports.SRST_AUTH_UAC, Ports.SRST_AUTH_SIP, calls, 100,
                Duration.ofSeconds(60), List.of("-inf", csv.toString(), "-au", user, "-ap", password)).await();
    }

    /** feature:install voxgate-srst, then wait (bounded) until REGISTERs are challenged by the registrar. */
    private void installSrst() throws IOException {
        Gateway.CliResult installed = gateway.cli("feature:install voxgate-srst");
        assertThat(installed.exitCode()).as(installed::toString).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Optional<Response> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            last = exchange(request("72000", null), ANSWER);
            if (last.isPresent() && last.get().status() == 401) {
                return;
            }
            Gateway.pause(200);
        }
        fail("%s: no 401 from the registrar after feature:install voxgate-srst; last answer %s%n%s", gateway, last,
                gateway.cli("show voice register all"));
    }

    private int contacts() {
        Gateway.CliResult show = gateway.cli("show voice register all");
        assertThat(show.exitCode()).as(show::toString).isZero();
        Matcher m = CONTACTS.matcher(show.output());
        assertThat(m.find()).as(show::toString).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** A REGISTER without credentials: the challenge. */
    private Response unauthenticated(String number) throws IOException {
        return exchange(request(number, null), ANSWER).orElseThrow(() -> new AssertionError("no answer for " + number));
    }

    /** A REGISTER, its 401, and the REGISTER answering it with these credentials (MD5, qop=auth): the final answer. */
    private Response answered(String number, String user, String password) throws IOException {
        Response challenge = unauthenticated(number);
        assertThat(challenge.status()).as(challenge::toString).isEqualTo(401);
        String www = challenge.header("WWW-Authenticate");
        Matcher m = NONCE.matcher(www);
        assertThat(m.find()).as(www).isTrue();
        String realm = www.replaceAll(".*realm=\"([^\"]*)\".*", "$1");
        String uri = "sip:127.0.0.1:" + Ports.SRST_AUTH_SIP;
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5("REGISTER:" + uri);
        String response = md5(ha1 + ":" + m.group(1) + ":00000001:4f1c2d3e:auth:" + ha2);
        String authorization = "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + m.group(1)
                + "\", uri=\"" + uri + "\", response=\"" + response + "\", algorithm=MD5, cnonce=\"4f1c2d3e\", qop=auth, nc=00000001";
        return exchange(request(number, authorization), ANSWER)
                .orElseThrow(() -> new AssertionError("no answer to the authenticated REGISTER for " + number));
    }

    private static String withoutNonce(String header) {
        return header == null ? null : NONCE.matcher(header).replaceAll("nonce=\"N\"");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A REGISTER of {@code number} from the probe port, binding that port for 3600 s. */
    private String request(String number, String authorization) {
        StringBuilder b = new StringBuilder()
                .append("REGISTER sip:127.0.0.1:").append(Ports.SRST_AUTH_SIP).append(" SIP/2.0\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:").append(Ports.SRST_AUTH_PROBE_UDP).append(";branch=z9hG4bK")
                .append(RawSip.hex(6)).append(";rport\r\n")
                .append("Max-Forwards: 70\r\n")
                .append("From: <sip:").append(number).append("@127.0.0.1>;tag=").append(RawSip.hex(4)).append("\r\n")
                .append("To: <sip:").append(number).append("@127.0.0.1>\r\n")
                .append("Call-ID: ").append(RawSip.hex(8)).append("@127.0.0.1\r\n")
                .append("CSeq: ").append(++cseq).append(" REGISTER\r\n")
                .append("Contact: <sip:").append(number).append("@127.0.0.1:").append(Ports.SRST_AUTH_PROBE_UDP).append(">\r\n")
                .append("Expires: 3600\r\n");
        if (authorization != null) {
            b.append("Authorization: ").append(authorization).append("\r\n");
        }
        return b.append("Content-Length: 0\r\n\r\n").toString();
    }

    /** Sends one request from the probe port and waits (bounded) for its final response. */
    private static Optional<Response> exchange(String request, Duration timeout) throws IOException {
        String callId = request.replaceAll("(?s).*\r\nCall-ID: ([^\r]+)\r\n.*", "$1");
        try (RawSip.Udp udp = new RawSip.Udp(Ports.SRST_AUTH_PROBE_UDP, Ports.SRST_AUTH_SIP)) {
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

    /** SIPp's -inf file: SEQUENTIAL, one number per line. */
    private static Path csv(String name, int first, int count) throws IOException {
        Path dir = Files.createDirectories(Gateway.itestDir().resolve("srst-auth"));
        List<String> lines = new ArrayList<>(count + 1);
        lines.add("SEQUENTIAL");
        for (int i = 0; i < count; i++) {
            lines.add((first + i) + ";");
        }
        return Files.write(dir.resolve(name), lines, StandardCharsets.US_ASCII);
    }
}
