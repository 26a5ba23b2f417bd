package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.dialplan.DialplanExplanationDTO;
import org.voxgate.api.registration.RegistrationStatusDTO;
import org.voxgate.sip.dns.DnsServer;
import org.voxgate.sip.dns.SrvLocator;

/**
 * The whole client on a real JAIN-SIP stack over loopback UDP, against a scripted registrar: REGISTER as sent on
 * the wire, digest SHA-256 with qop=auth, Expires granted from our Contact, unregistration on stop.
 */
class RegistrarClientLoopbackTest {
    private LoopbackStack stack;
    private FakeRegistrar registrar;
    private RegistrarClient client;

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @BeforeEach
    void start() throws Exception {
        stack = new LoopbackStack(freeUdpPort());
        registrar = new FakeRegistrar(r -> null);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.deactivate();
        }
        registrar.close();
        stack.close();
    }

    private static DialPlan plan(String number, int tag) {
        DialPeerDTO p = new DialPeerDTO();
        p.tag = tag;
        p.type = "pots";
        p.destinationPattern = number;
        p.adminUp = true;
        return new DialPlan() {
            @Override public int huntScheme() { return 0; }
            @Override public List<DialPeerDTO> peers() { return List.of(p); }
            @Override public DialplanExplanationDTO explain(String n) { return null; }
        };
    }

    private void configure(String name, String target) {
        Map<String, Object> props = new HashMap<>();
        props.put("service.pid", "org.voxgate.registration~" + name);
        props.put("target", target);
        props.put("expires", "120");
        RegistrarConfig config = new RegistrarConfig();
        config.configure(props);
        client.addRegistrar(config, props);
    }

    private static String verify(FakeRegistrar.Received r, String nonce) {
        Map<String, String> p = DigestChallenge.params(r.header("Authorization").substring("Digest ".length()));
        String expected = Digest.response("SHA-256", "gw", "127.0.0.1", "s3cret", nonce, p.get("cnonce"), p.get("nc"),
                "auth", "REGISTER", p.get("uri"), "");
        return expected.equals(p.get("response")) ? p.get("nc") : "bad response";
    }

    @Test
    void registersWithDigestAndUnregistersOnStop() throws Exception {
        registrar.script(r -> r.header("Authorization") == null
                ? FakeRegistrar.respond(r, "401 Unauthorized",
                        "WWW-Authenticate: Digest realm=\"127.0.0.1\", nonce=\"n-1\", qop=\"auth\", algorithm=SHA-256")
                : FakeRegistrar.respond(r, "200 OK", "Contact: <sip:other@10.9.9.9>;expires=50",
                        "Contact: " + r.header("Contact") + ";expires=" + r.header("Expires"), "Expires: 999"));
        client = new RegistrarClient(stack, null, Map.of("authentication.username", "gw",
                ".authentication.password", "s3cret"));
        client.setDialPlan(plan("4001", 20001));
        configure("primary", "ipv4:127.0.0.1:" + registrar.port());

        FakeRegistrar.Received first = registrar.next();
        assertThat(first.requestLine()).isEqualTo("REGISTER sip:127.0.0.1:" + registrar.port() + " SIP/2.0");
        assertThat(first.header("To")).isEqualTo("<sip:4001@127.0.0.1>");
        assertThat(first.header("From")).startsWith("<sip:4001@127.0.0.1>;tag=");
        assertThat(first.header("Contact")).startsWith("<sip:4001@127.0.0.1:");
        assertThat(first.header("Expires")).isEqualTo("120");
        assertThat(first.header("CSeq")).isEqualTo("1 REGISTER");
        assertThat(first.header("Max-Forwards")).isEqualTo("70");

        FakeRegistrar.Received second = registrar.next();
        assertThat(second.header("Call-ID")).isEqualTo(first.header("Call-ID"));
        assertThat(second.header("CSeq")).isEqualTo("2 REGISTER");
        assertThat(verify(second, "n-1")).isEqualTo("00000001");

        RegistrationStatusDTO status = awaitRegistered();
        assertThat(status.expiresSeconds).isBetween(118L, 120L); // our Contact's expires, not the other one nor Expires:
        assertThat(status.peerTag).isEqualTo(20001);
        assertThat(client.currentRegistrar()).map(r -> r.port).contains(registrar.port());

        client.deactivate();
        FakeRegistrar.Received bye = registrar.next();
        assertThat(bye.header("Expires")).isEqualTo("0");
        assertThat(bye.header("CSeq")).isEqualTo("3 REGISTER");
        assertThat(verify(bye, "n-1")).isEqualTo("00000002"); // cached credentials, next nonce count
        assertThat(client.lines("primary")).isEmpty();
        client = null;
    }

    @Test
    void aSilentRegistrarIsAFailureAfterRetryRegisterSends() throws Exception {
        client = new RegistrarClient(stack, null, Map.of("retry.register", "2", "timers.register", "100"));
        client.setDialPlan(plan("4002", 20002));
        configure("secondary", "ipv4:127.0.0.1:" + registrar.port());
        registrar.next();
        registrar.next(); // the retransmission after 100 ms
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline && client.lines("secondary").get(0).lastFailure == null) {
            Thread.sleep(20);
        }
        RegistrationStatusDTO s = client.lines("secondary").get(0);
        assertThat(s.lastFailure).isEqualTo("no response");
        assertThat(s.registered).isFalse();
        assertThat(s.state).isEqualTo("failed");
        assertThat(registrar.received).isEmpty(); // two sends, no third
    }

    @Test
    void aDnsRegistrarWithoutPortIsLocatedBySrvAndKeepsItsDomainInTheRequestUri() throws Exception {
        try (DnsServer dns = new DnsServer(Map.of("_sip._udp.reg.example.test",
                List.of(new SrvLocator.Srv(10, 0, registrar.port(), "localhost"))))) {
            registrar.script(r -> FakeRegistrar.respond(r, "200 OK", "Contact: " + r.header("Contact") + ";expires=120"));
            client = new RegistrarClient(stack, null, Map.of());
            client.useDnsServer("127.0.0.1:" + dns.port());
            client.setDialPlan(plan("4003", 20003));
            configure("primary", "dns:reg.example.test");

            FakeRegistrar.Received first = registrar.next();
            assertThat(first.requestLine()).isEqualTo("REGISTER sip:reg.example.test SIP/2.0");
            assertThat(first.header("Route")).isEqualTo("<sip:localhost:" + registrar.port() + ";lr>");
            assertThat(first.header("To")).isEqualTo("<sip:4003@reg.example.test>");
            assertThat(awaitRegistered().registered).isTrue();
        }
    }

    private RegistrationStatusDTO awaitRegistered() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            List<RegistrationStatusDTO> lines = client.lines("primary");
            if (!lines.isEmpty() && lines.get(0).registered) {
                return lines.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not registered: " + client.lines("primary"));
    }
}
