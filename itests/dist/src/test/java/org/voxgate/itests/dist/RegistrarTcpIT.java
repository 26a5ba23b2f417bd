package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registrar client over TCP, configured by IOS text only ({@code sip-ua} / {@code registrar ipv4:A:PORT tcp},
 * {@code authentication username U password P}) against a real Kamailio listening on UDP and TCP: Kamailio's
 * location table shows each line's binding received on its TCP socket, with a {@code transport=tcp} contact; after
 * {@code no registrar} (copied into the running configuration) the bindings are removed over TCP.
 */
class RegistrarTcpIT {
    private static final String USER = "voxgate";
    private static final String PASSWORD = "Tcp-s3cret";
    private static final String CONFIG = """
            ! RegistrarTcpIT
            voice service voip
             sip
              listen-port non-secure %d
            sip-ua
             authentication username %s password %s
             retry register 2
             timers register 200
             registrar ipv4:127.0.0.1:%d expires 120 tcp
            dial-peer voice 101 pots
             destination-pattern 5001
             port 0/0/1
            dial-peer voice 102 pots
             destination-pattern 5002
             port 0/0/2
            """.formatted(Ports.REGISTRAR_TCP_SIP, USER, PASSWORD, Ports.KAMAILIO_TCP);

    private Kamailio kamailio;
    private Gateway gateway;

    @AfterEach
    void stopAll() {
        Gateway.closeAll(gateway);
        if (kamailio != null) {
            kamailio.close();
        }
    }

    @Test
    void linesAreRegisteredOverTcpAndUnregisteredOverTcp() throws IOException {
        kamailio = Kamailio.start("registrar-tcp-kamailio", Ports.KAMAILIO_TCP, USER, PASSWORD, "MD5", 20, true);
        gateway = Gateway.start("registrar-tcp", CONFIG);
        assertThat(gateway.cli("show running-config").output())
                .contains(" registrar ipv4:127.0.0.1:" + Ports.KAMAILIO_TCP + " expires 120 tcp\n");

        for (String line : List.of("5001", "5002")) {
            List<Kamailio.Binding> b = await(kamailio + " has " + line, () -> kamailio.bindings(line), l -> l.size() == 1);
            assertThat(b.get(0).socket()).as(b::toString).isEqualTo("tcp:127.0.0.1:" + Ports.KAMAILIO_TCP);
            assertThat(b.get(0).address()).as(b::toString)
                    .isEqualTo("sip:" + line + "@127.0.0.1:" + Ports.REGISTRAR_TCP_SIP + ";transport=tcp");
            assertThat(b.get(0).expires()).as(b::toString).isBetween(1, 120);
        }
        awaitShow("5001", 101, "yes");
        awaitShow("5002", 102, "yes");
        assertThat(gateway.log()).contains("Line 5001 registered (primary registrar ipv4:127.0.0.1:" + Ports.KAMAILIO_TCP
                + ", expires 120 s)");

        Path file = Gateway.itestDir().resolve("registrar-tcp").resolve("no-registrar.txt");
        Files.writeString(file, "sip-ua\n no registrar\n");
        Gateway.CliResult copied = gateway.cli("copy " + file + " running-config");
        assertThat(copied.exitCode()).as(copied::toString).isZero();
        await("5001 unregistered", () -> kamailio.bindings("5001"), List::isEmpty);
        await("5002 unregistered", () -> kamailio.bindings("5002"), List::isEmpty);
        assertThat(kamailio.log()).as("Kamailio saw no TCP errors").doesNotContain("tcp_read", "tcp_send");
    }

    /** Waits until {@code show sip-ua register status} has the row LINE PEER <expires> REGISTERED. */
    private void awaitShow(String line, int peer, String registered) {
        String row = "(?m)^" + line + "\\s+" + peer + "\\s+\\d+\\s+" + registered + "$";
        await("'" + row + "' in show sip-ua register status", () -> gateway.cli("show sip-ua register status").output(),
                out -> Pattern.compile(row).matcher(out).find());
    }

    private <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("%s: not within 30 s; last: %s%n--- gateway log:%n%s%n--- kamailio log:%n%s", what, last,
                        gateway.log(), kamailio.log());
            }
            Gateway.pause(250);
            last = read.get();
        }
        return last;
    }
}
