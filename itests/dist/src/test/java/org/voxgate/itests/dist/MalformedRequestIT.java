package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.voxgate.itests.dist.RawSip.Request;
import org.voxgate.itests.dist.RawSip.Response;

/**
 * Malformed and unusual requests, hand-written over a plain DatagramSocket / Socket from 127.0.0.1:
 * each gets the right error response, and the gateway keeps answering afterwards. One gateway for
 * the class; the order only makes the log read like a story, each test stands alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MalformedRequestIT {
    private static final Duration ANSWER = Duration.ofSeconds(5);
    private static final String CONFIG = """
            ! MalformedRequestIT
            voice service voip
             sip
              listen-port non-secure 25760
            """;
    private Gateway gateway;

    @BeforeAll
    void start() {
        gateway = Gateway.start("malformed", CONFIG);
    }

    @AfterAll
    void stop() {
        Gateway.closeAll(gateway);
    }

    @AfterEach
    void gatewayStillRunning() {
        assertThat(gateway.isAlive()).as("gateway process still running (stderr: %s)", gateway.stderr()).isTrue();
    }

    @Test
    @Order(1)
    void cseqMethodMismatchOverUdpGets400AndNextOptionsGets200() throws IOException {
        try (RawSip.Udp udp = udp()) {
            Response bad = answer(udp, Request.of("OPTIONS").cseqMethod("INVITE"));
            assertThat(bad.status()).as(bad::toString).isEqualTo(400);
            assertOptions200(udp);
        }
    }

    @Test
    @Order(2)
    void inviteWithoutContactGets400() throws IOException {
        try (RawSip.Udp udp = udp()) {
            Response r = answer(udp, Request.of("INVITE").withoutContact());
            assertThat(r.status()).as(r::toString).isEqualTo(400);
        }
    }

    @Test
    @Order(3)
    void oneKilobyteGarbageDatagramDoesNotCrashAndNextOptionsGets200() throws IOException {
        byte[] garbage = new byte[1024];
        new Random(20240601L).nextBytes(garbage);
        try (RawSip.Udp udp = udp()) {
            udp.sendRaw(garbage);
            assertOptions200(udp);
        }
    }

    @Test
    @Order(4)
    void unknownMethodFooGets501WithAllowHeader() throws IOException {
        try (RawSip.Udp udp = udp()) {
            Response r = answer(udp, Request.of("FOO"));
            assertThat(r.status()).as(r::toString).isEqualTo(501);
            assertThat(r.header("Allow")).as(r::toString).isNotNull().contains("INVITE").contains("OPTIONS");
        }
    }

    @Test
    @Order(5)
    void inviteWithMaxForwardsZeroGets483() throws IOException {
        try (RawSip.Udp udp = udp()) {
            Response r = answer(udp, Request.of("INVITE").maxForwards(0));
            assertThat(r.status()).as(r::toString).isEqualTo(483);
        }
    }

    @Test
    @Order(6)
    void cseqMethodMismatchOverTcpGets400AndNextOptionsGets200() throws IOException {
        try (RawSip.Tcp tcp = new RawSip.Tcp(Ports.MALFORMED_TCP_FROM, Ports.MALFORMED_TCP_TO, Ports.MALFORMED_SIP, ANSWER)) {
            Request mismatch = Request.of("OPTIONS").cseqMethod("INVITE");
            Optional<Response> bad = tcp.exchange(mismatch, ANSWER);
            assertThat(bad).as("a response over TCP to OPTIONS with 'CSeq: 1 INVITE' within %s", ANSWER).isPresent();
            assertThat(bad.get().status()).as(bad.get()::toString).isEqualTo(400);
        }
        // a new connection: the gateway still answers over TCP
        try (RawSip.Tcp tcp = new RawSip.Tcp(Ports.MALFORMED_TCP_FROM, Ports.MALFORMED_TCP_TO, Ports.MALFORMED_SIP, ANSWER)) {
            Optional<Response> ok = tcp.exchange(Request.of("OPTIONS"), ANSWER);
            assertThat(ok).as("a response over TCP to a proper OPTIONS within %s", ANSWER).isPresent();
            assertThat(ok.get().status()).as(ok.get()::toString).isEqualTo(200);
        }
    }

    private static RawSip.Udp udp() throws IOException {
        return new RawSip.Udp(Ports.MALFORMED_UDP, Ports.MALFORMED_SIP);
    }

    private static Response answer(RawSip.Udp udp, Request request) throws IOException {
        Optional<Response> r = udp.exchange(request, ANSWER);
        assertThat(r).as("a final response to %s within %s (other datagrams seen: %s)",
                request.text("UDP", Ports.MALFORMED_UDP, Ports.MALFORMED_SIP), ANSWER, udp.unrelated).isPresent();
        return r.get();
    }

    private static void assertOptions200(RawSip.Udp udp) throws IOException {
        Response ok = answer(udp, Request.of("OPTIONS"));
        assertThat(ok.status()).as(ok::toString).isEqualTo(200);
    }
}
