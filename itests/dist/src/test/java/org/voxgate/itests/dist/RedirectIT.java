package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * {@code voice service voip / redirect ip2ip}: SIP-to-SIP calls are answered with 302 (one route) or 300 Multiple
 * Choices (several, longest match first), and without redirect or allow-connections they are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectIT {
    private static final String CONFIG = """
            ! RedirectIT
            voice service voip
             redirect ip2ip
             sip
              listen-port non-secure 25300
              redirect contact order longest-match
            dial-peer voice 1 voip
             destination-pattern 6...
             session target ipv4:127.0.0.1:25310
            dial-peer voice 2 voip
             destination-pattern 60..
             session target ipv4:127.0.0.2:25311
             session transport tcp
            """;
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("redirect", CONFIG);
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void oneMatchingPeerGives302WithItsContact() throws IOException {
        Response r = invite("6101");
        assertThat(r.status()).as(r::toString).isEqualTo(302);
        assertThat(contacts(r)).containsExactly("<sip:6101@127.0.0.1:25310>");
    }

    @Test
    void twoMatchingPeersGive300ListingBothLongestMatchFirst() throws IOException {
        Response r = invite("6001");
        assertThat(r.status()).as(r::toString).isEqualTo(300);
        assertThat(contacts(r)).containsExactly("<sip:6001@127.0.0.2:25311;transport=tcp>", "<sip:6001@127.0.0.1:25310>");
    }

    @Test
    void withoutRedirectOrAllowConnectionsASipToSipCallIsRefusedWith403AndALogLine() throws IOException {
        String config = """
                ! RedirectIT, neither redirect ip2ip nor allow-connections sip to sip
                voice service voip
                 sip
                  listen-port non-secure 25302
                dial-peer voice 1 voip
                 destination-pattern 6...
                 session target ipv4:127.0.0.1:25310
                """;
        try (Gateway plain = Gateway.start("redirect-refuse", config)) {
            Response r = invite("6001", Ports.REFUSE_SIP);
            assertThat(r.status()).as(r::toString).isEqualTo(403);
            assertThat(plain.log()).contains("SIP-to-SIP calls need voice service voip / allow-connections sip to sip");
        }
    }

    private static Response invite(String number) throws IOException {
        return invite(number, Ports.REDIRECT_SIP);
    }

    private static Response invite(String number, int port) throws IOException {
        try (RawSip.Udp udp = new RawSip.Udp(Ports.REDIRECT_PROBE_UDP, port)) {
            Optional<Response> r = udp.exchange(Request.of("INVITE").to(number), Duration.ofSeconds(5));
            assertThat(r).as("final response to INVITE " + number).isPresent();
            return r.get();
        }
    }

    /** Every Contact value, whether sent as one header per contact or comma-separated. */
    private static List<String> contacts(Response r) {
        return r.headers("Contact").stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim).toList();
    }
}
