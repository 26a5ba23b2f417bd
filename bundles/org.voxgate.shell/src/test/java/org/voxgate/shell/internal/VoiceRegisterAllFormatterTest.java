package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.registrar.RegisterPoolDTO;
import org.voxgate.api.registrar.RegistrationDTO;
import org.voxgate.api.registrar.RegistrationsDTO;

class VoiceRegisterAllFormatterTest {

    static RegistrationsDTO registrations() {
        RegistrationsDTO r = new RegistrationsDTO();
        r.enabled = true;
        r.expiresMax = 3600;
        r.expiresMin = 60;
        r.realm = "voxgate";
        RegisterPoolDTO auth = new RegisterPoolDTO();
        auth.tag = 1;
        auth.idNumber = "6...";
        auth.username = "alice";
        auth.registrations = 1;
        RegisterPoolDTO net = new RegisterPoolDTO();
        net.tag = 2;
        net.idNetwork = "127.0.0.0";
        net.idMask = "255.0.0.0";
        net.registrations = 2;
        r.pools = List.of(auth, net);
        r.registrations = List.of(binding("6001", "sip:6001@127.0.0.1:5062", 3587, 1f, 1, "udp:127.0.0.1:5062"),
                binding("7001", "sip:7001@127.0.0.1:5070;transport=tcp", 120, 0.5f, 2, "tcp:127.0.0.1:40112"),
                binding("7001", "sip:7001@phone-with-a-very-long-host-name.branch.example.com:5060", 59, 0.25f, 0,
                        "udp:127.0.0.1:5071"));
        return r;
    }

    static RegistrationDTO binding(String aor, String contact, long expires, float q, int pool, String source) {
        RegistrationDTO b = new RegistrationDTO();
        b.aor = aor;
        b.contact = contact;
        b.expires = expires;
        b.q = q;
        b.pool = pool;
        b.source = source;
        return b;
    }

    @Test
    void globalThenPoolsThenOneLinePerBinding() {
        assertThat(VoiceRegisterAllFormatter.format(registrations())).isEqualTo(String.join("\n",
                "VOICE REGISTER GLOBAL",
                "=====================",
                "Registrar server is enabled",
                "  expires max 3600 min 60",
                "  authenticate realm voxgate",
                "  Pools 2, registered contacts 3 (AORs 2)",
                "",
                "Pool Tag 1",
                "Config:",
                "  Id number 6...",
                "  Username alice, password is set (digest authentication)",
                "  Registered contacts 1",
                "",
                "Pool Tag 2",
                "Config:",
                "  Id network 127.0.0.0 mask 255.0.0.0",
                "  Registered contacts 2",
                "",
                "Registrations:",
                "AOR              Contact                                      Expires Q     Pool Source",
                "6001             sip:6001@127.0.0.1:5062                      3587    1.0   1    udp:127.0.0.1:5062",
                "7001             sip:7001@127.0.0.1:5070;transport=tcp        120     0.5   2    tcp:127.0.0.1:40112",
                "7001             sip:7001@phone-with-a-very-long-host-name.branch.example.com:5060 59 0.25 - udp:127.0.0.1:5071",
                ""));
    }

    @Test
    void disabledAndEmpty() {
        RegistrationsDTO r = new RegistrationsDTO();
        r.expiresMax = 3600;
        r.expiresMin = 60;
        r.realm = "voxgate";
        assertThat(VoiceRegisterAllFormatter.format(r))
                .contains("Registrar server is not enabled (REGISTER refused with 403)\n")
                .contains("  Pools 0, registered contacts 0 (AORs 0)\n")
                .endsWith("Registrations:\nAOR              Contact                                      Expires Q     Pool Source\n");
    }
}
