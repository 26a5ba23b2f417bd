package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialPeerDTO;

/** Registrar and sip-ua configurations, and which dial peers are lines. */
class ConfigurationTest {

    private static Map<String, Object> registrar(String name, String... kv) {
        Map<String, Object> p = new HashMap<>();
        p.put("service.pid", "org.voxgate.registration~" + name);
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void ipv4AndDnsTargets() {
        RegistrarSpec s = RegistrarSpec.from(registrar("primary", "target", "ipv4:10.1.2.3:5070"));
        assertThat(s).isEqualTo(new RegistrarSpec("primary", "ipv4:10.1.2.3:5070", "10.1.2.3", 5070, "udp", false, 3600));
        assertThat(s.requestUri()).isEqualTo("sip:10.1.2.3:5070");
        assertThat(s.aor("4001")).isEqualTo("sip:4001@10.1.2.3");

        RegistrarSpec d = RegistrarSpec.from(registrar("secondary", "target", "dns:reg.example.com", "expires", "600",
                "transport", "TCP"));
        assertThat(d).isEqualTo(new RegistrarSpec("secondary", "dns:reg.example.com", "reg.example.com", 0, "tcp", true, 600));
        assertThat(d.requestUri()).isEqualTo("sip:reg.example.com;transport=tcp");
        assertThat(d.primary()).isFalse();
    }

    @Test
    void theIosBundlesAttributeNameIsReadToo() {
        assertThat(RegistrarSpec.from(registrar("primary", "registrar", "ipv4:10.1.2.3")).host()).isEqualTo("10.1.2.3");
        assertThat(RegistrarSpec.from(registrar("primary", "registrar", "ipv4:10.9.9.9", "target", "ipv4:10.1.2.3")).host())
                .isEqualTo("10.1.2.3");
    }

    @Test
    void badConfigurationsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> RegistrarSpec.from(registrar("tertiary", "target", "ipv4:10.1.2.3")))
                .hasMessageContaining("primary or secondary");
        assertThatThrownBy(() -> RegistrarSpec.from(registrar("primary"))).hasMessageContaining("no target");
        assertThatThrownBy(() -> RegistrarSpec.from(registrar("primary", "target", "ipv4:reg.example.com")))
                .hasMessageContaining("bad target");
        assertThatThrownBy(() -> RegistrarSpec.from(registrar("primary", "target", "ipv4:10.1.2.3:99999")))
                .hasMessageContaining("bad port");
        assertThatThrownBy(() -> RegistrarSpec.from(registrar("primary", "target", "ipv4:10.1.2.3", "transport", "tls")))
                .hasMessageContaining("udp or tcp");
        // an out-of-range expires falls back to the default rather than stopping registration
        assertThat(RegistrarSpec.from(registrar("primary", "target", "ipv4:10.1.2.3", "expires", "0")).expires()).isEqualTo(3600);
    }

    @Test
    void credentialsForALineBeforeGeneralOnesBeforeAuthentication() {
        SipUaSettings ua = SipUaSettings.from(Map.of(
                "authentication.username", "auth", ".authentication.password", "p1",
                "credentials.number", "4001", "credentials.username", "cred", ".credentials.password", "p2",
                "credentials.realm", "example.com"));
        assertThat(ua.credentialsFor("4001", "example.com").username()).isEqualTo("cred");
        assertThat(ua.credentialsFor("4001", "other.com").username()).isEqualTo("auth");
        assertThat(ua.credentialsFor("4002", "example.com").username()).isEqualTo("auth");
        assertThat(ua.toString()).doesNotContain("p1").doesNotContain("p2");
        assertThat(ua.credentialsFor("4001", "example.com").toString()).doesNotContain("p2");

        SipUaSettings realmOnly = SipUaSettings.from(Map.of("authentication.username", "a",
                ".authentication.password", "p", "authentication.realm", "example.com"));
        assertThat(realmOnly.credentialsFor("4001", "EXAMPLE.com")).isNotNull();
        assertThat(realmOnly.credentialsFor("4001", "other.com")).isNull();
    }

    @Test
    void retryAndTimersRegisterWithIosRangesAndDefaults() {
        assertThat(SipUaSettings.from(Map.of())).isEqualTo(SipUaSettings.DEFAULTS);
        assertThat(SipUaSettings.DEFAULTS.retryRegister()).isEqualTo(10);
        assertThat(SipUaSettings.DEFAULTS.timersRegisterMs()).isEqualTo(500);
        SipUaSettings s = SipUaSettings.from(Map.of("retry.register", 3, "timers.register", "150"));
        assertThat(s.retryRegister()).isEqualTo(3);
        assertThat(s.timersRegisterMs()).isEqualTo(150);
        SipUaSettings bad = SipUaSettings.from(Map.of("retry.register", "11", "timers.register", "fast"));
        assertThat(bad.retryRegister()).isEqualTo(10);
        assertThat(bad.timersRegisterMs()).isEqualTo(500);
    }

    private static DialPeerDTO peer(int tag, String type, String pattern, boolean up) {
        DialPeerDTO p = new DialPeerDTO();
        p.tag = tag;
        p.type = type;
        p.destinationPattern = pattern;
        p.adminUp = up;
        return p;
    }

    @Test
    void linesAreTheFullNumbersOfPotsPeersThatAreUp() {
        Map<String, Integer> lines = Lines.of(List.of(
                peer(20002, "pots", "4002", true), peer(20001, "pots", "4001", true),
                peer(20003, "pots", "4001", true), // same number on another port: one line, lowest tag
                peer(20004, "pots", "40..", true), peer(20005, "pots", "4005", false),
                peer(20006, "voip", "4006", true), peer(20007, "pots", "+4930123", true), peer(20008, "pots", null, true)));
        assertThat(lines).containsExactly(Map.entry("+4930123", 20007), Map.entry("4001", 20001), Map.entry("4002", 20002));
    }

    @Test
    void aCredentialsNumberIsALineToo() {
        SipUaSettings ua = SipUaSettings.from(Map.of("credentials.number", "4009", "credentials.username", "u",
                ".credentials.password", "p", "credentials.realm", "r"));
        assertThat(Lines.of(List.of(peer(20001, "pots", "4001", true)), ua))
                .containsExactly(Map.entry("4001", 20001), Map.entry("4009", 0));
        SipUaSettings onItsPeer = SipUaSettings.from(Map.of("credentials.number", "4001", "credentials.username", "u",
                ".credentials.password", "p"));
        assertThat(Lines.of(List.of(peer(20001, "pots", "4001", true)), onItsPeer)).containsExactly(Map.entry("4001", 20001));
    }
}
