package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.CallRegistry;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.dialplan.DialplanExplanationDTO;
import org.voxgate.api.sipua.SipStatistics;
import org.voxgate.api.sipua.SipStatisticsDTO;
import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.api.transport.TransportStatusDTO;

class ShowCommandsTest {
    private final ShowCommands show = new ShowCommands();
    private final List<String> explained = new ArrayList<>();

    @BeforeEach
    void services() {
        List<DialPeerDTO> peers = List.of(Dtos.pots(1, "4001", "0/1/0"), Dtos.voip(10, "5...", "ipv4:10.0.0.1"));
        show.dialPlan = new DialPlan() {
            @Override
            public int huntScheme() {
                return 0;
            }

            @Override
            public List<DialPeerDTO> peers() {
                return peers;
            }

            @Override
            public DialplanExplanationDTO explain(String number) {
                explained.add(number);
                DialplanExplanationDTO e = new DialplanExplanationDTO();
                e.number = number;
                e.candidates = List.of();
                e.huntOrder = List.of();
                return e;
            }
        };
        CallDTO call = Dtos.call("1F", 1_000, 2_000, "ACTIVE", Dtos.sipLeg("Answer", "c@h", 0, "10.0.0.9", 5060));
        show.callRegistry = new CallRegistry() {
            @Override
            public List<CallDTO> calls() {
                return List.of(call);
            }

            @Override
            public long callsAttempted() {
                return 1;
            }

            @Override
            public List<org.voxgate.api.call.VoicePortDTO> voicePorts() {
                return List.of();
            }

            @Override
            public org.voxgate.api.call.SipServiceDTO sipService() {
                org.voxgate.api.call.SipServiceDTO dto = new org.voxgate.api.call.SipServiceDTO();
                dto.state = "up";
                return dto;
            }
        };
        show.clock = Clock.fixed(Instant.ofEpochMilli(62_000), ZoneOffset.UTC);
    }

    @Test
    void dialPeerForms() {
        assertThat(show.show("dial-peer", "voice", "summary")).startsWith("dial-peer hunt 0\n")
                .contains("\n1      pots  up   up ").contains("\n10     voip  up   up ");
        assertThat(show.show("dial-peer", "voice")).startsWith("VoiceEncapPeer1\n").contains("\nVoiceOverIpPeer10\n");
        assertThat(show.show("dial-peer", "voice", "10")).startsWith("VoiceOverIpPeer10\n")
                .doesNotContain("VoiceEncapPeer1");
    }

    @Test
    void wordsMayArriveAsOneStringWithExtraBlanks() {
        assertThat(show.show(" dial-peer ", "voice", "", "summary")).startsWith("dial-peer hunt 0\n");
    }

    @Test
    void unknownTagFails() {
        assertThatThrownBy(() -> show.show("dial-peer", "voice", "99"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("% no dial-peer 99");
        assertThatThrownBy(() -> show.show("dial-peer", "voice", "99999999999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("% no dial-peer 99999999999");
    }

    @Test
    void dialplanNumberPassesTheDigitsUpperCased() {
        assertThat(show.show("dialplan", "number", "4404123")).startsWith("Macro Exp.: 4404123\n")
                .endsWith("No dial-peer matches 4404123\n");
        show.show("dialplan", "number", "+1919*#ab");
        assertThat(explained).containsExactly("4404123", "+1919*#AB");
    }

    @Test
    void callForms() {
        assertThat(show.show("call", "active", "voice", "brief")).startsWith("Telephony call-legs: 0\nSIP call-legs: 1\n")
                .endsWith("1F : (*00:00:01.000 UTC Thu Jan 1 1970) +1000 pid:0 Answer 4001 active\n dur 00:01:00\n IP 10.0.0.9:5060\n");
        assertThat(show.show("sip-ua", "calls"))
                .startsWith("Total SIP call legs:1, User Agent Client:0, User Agent Server:1\n");
    }

    @Test
    void sipUaStatusStillWorks() {
        show.transports = TransportStatusDTO::new;
        show.userAgent = SipUaSettingsDTO::new;
        assertThat(show.show("sip-ua", "status")).startsWith("SIP User Agent Status\n");
    }

    @Test
    void registerStatusOfThePrimaryOrTheSecondary() {
        show.registrationStatus = new org.voxgate.api.registration.RegistrationStatus() {
            @Override
            public List<org.voxgate.api.registration.RegistrarDTO> registrars() {
                return List.of();
            }

            @Override
            public List<org.voxgate.api.registration.RegistrationStatusDTO> lines(String registrar) {
                return List.of(RegisterStatusFormatterTest.line(registrar.equals("primary") ? "4001" : "4002", 1, 60, true));
            }

            @Override
            public java.util.Optional<org.voxgate.api.registration.RegistrarDTO> currentRegistrar() {
                return java.util.Optional.empty();
            }
        };
        assertThat(show.show("sip-ua", "register", "status")).startsWith(RegisterStatusFormatter.HEADER + "\n4001 ");
        assertThat(show.show("sip-ua", "register", "status", "secondary")).contains("\n4002 ");
        show.registrationStatus = null;
        assertThatThrownBy(() -> show.show("sip-ua", "register", "status"))
                .isInstanceOf(IllegalStateException.class).hasMessage(ShowCommands.NO_REGISTRAR_CLIENT);
    }

    @Test
    void sipUaStatisticsTimersAndDebugging() {
        SipStatisticsDTO stats = SipUaStatisticsFormatterTest.empty();
        stats.requestsIn.put("OPTIONS", 1L);
        stats.okOut.put("OPTIONS", 1L);
        show.statistics = new SipStatistics() {
            @Override public SipStatisticsDTO snapshot() { return stats; }
            @Override public void clear() {}
        };
        assertThat(show.show("sip-ua", "statistics")).contains("\n      OkCancel 0/0, OkOptions 0/1,\n")
                .contains("\n    Cancel 0/0, Options 1/0,\n");
        show.userAgent = SipUaSettingsDTO::new;
        assertThat(show.show("sip-ua", "timers")).startsWith("SIP UA Timer Values (millisecs)\ntrying 0, expires 0,");
        DebugCommandsTest.FakeTrace trace = new DebugCommandsTest.FakeTrace();
        show.trace = trace;
        assertThat(show.show("debugging")).isEmpty();
        trace.start();
        assertThat(show.show("debugging")).isEqualTo("CCSIP SPI: SIP Call Message tracing is enabled (filter is OFF)\n");
        show.statistics = null;
        show.userAgent = null;
        assertThatThrownBy(() -> show.show("sip-ua", "statistics")).hasMessage(ShowCommands.NO_STATISTICS);
        assertThatThrownBy(() -> show.show("sip-ua", "timers")).hasMessage(ShowCommands.NO_SIP_UA);
    }

    @Test
    void unknownOrIncompleteFormsFail() {
        for (String[] words : List.of(new String[] {"nonsense"}, new String[] {}, new String[] {"dial-peer"},
                new String[] {"dial-peer", "voice", "summary", "extra"}, new String[] {"dial-peer", "voice", "-1"},
                new String[] {"dial-peer", "voice", "ten"}, new String[] {"dialplan", "number"},
                new String[] {"dialplan", "number", "12x4"}, new String[] {"dialplan", "number", "1", "2"},
                new String[] {"call", "active", "voice"}, new String[] {"sip-ua", "calls", "brief"},
                new String[] {"sip-ua", "register"}, new String[] {"sip-ua", "register", "status", "tertiary"})) {
            assertThatThrownBy(() -> show.show(words)).as(String.join(" ", words))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("% Invalid input: show " + String.join(" ", words).trim())
                    .hasMessageContaining("show dial-peer voice summary");
        }
        assertThatThrownBy(() -> show.show((String[]) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void voiceRegisterAllReadsTheRegistrarView() {
        assertThatThrownBy(() -> show.show("voice", "register", "all"))
                .isInstanceOf(IllegalStateException.class).hasMessage(ShowCommands.NO_REGISTRAR);
        show.registrations = new org.voxgate.api.registrar.Registrations() {
            @Override
            public org.voxgate.api.registrar.RegistrationsDTO all() {
                return VoiceRegisterAllFormatterTest.registrations();
            }

            @Override
            public List<org.voxgate.api.registrar.RegistrationDTO> bindings(String aor) {
                return List.of();
            }
        };
        assertThat(show.show("voice", "register", "all")).startsWith("VOICE REGISTER GLOBAL\n")
                .contains("\n6001             sip:6001@127.0.0.1:5062 ");
        assertThatThrownBy(() -> show.show("voice", "register")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingServicesFailWithAClearMessage() {
        show.dialPlan = null;
        show.callRegistry = null;
        for (String form : List.of("dial-peer voice summary", "dial-peer voice", "dial-peer voice 1", "dialplan number 1")) {
            assertThatThrownBy(() -> show.show(form.split(" "))).as(form)
                    .isInstanceOf(IllegalStateException.class).hasMessage(ShowCommands.NO_DIAL_PLAN);
        }
        for (String form : List.of("call active voice brief", "sip-ua calls")) {
            assertThatThrownBy(() -> show.show(form.split(" "))).as(form)
                    .isInstanceOf(IllegalStateException.class).hasMessage(ShowCommands.NO_CALLS);
        }
        assertThatThrownBy(() -> show.show("sip-ua", "status"))
                .isInstanceOf(IllegalStateException.class).hasMessage(ShowCommands.NO_SIP_UA);
        assertThat(ShowCommands.NO_DIAL_PLAN).isEqualTo("% dial plan not available (feature voxgate-core not installed?)");
    }

    @Test
    void everyServiceIsAnOptionalDynamicReference() throws Exception {
        // Written by bnd (process-classes) from the DS annotations; the shell must survive a missing feature.
        String xml;
        try (InputStream in = ShowCommands.class.getResourceAsStream("/OSGI-INF/" + ShowCommands.class.getName() + ".xml")) {
            assertThat(in).as("DS descriptor on the test class path").isNotNull();
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String api : List.of("org.voxgate.api.dialplan.DialPlan", "org.voxgate.api.call.CallRegistry",
                "org.voxgate.api.transport.SipTransports", "org.voxgate.api.sipua.SipUserAgent",
                "org.voxgate.api.config.IosConfiguration", "org.voxgate.api.registrar.Registrations",
                "org.voxgate.api.registration.RegistrationStatus")) {
            assertThat(xml).containsPattern("<reference [^>]*cardinality=\"0\\.\\.1\" policy=\"dynamic\" interface=\""
                    + api.replace(".", "\\.") + "\"");
        }
    }

    @Test
    void runningConfigIsTheExportOfTheConfigurationService() {
        assertThatThrownBy(() -> show.show("running-config")).isInstanceOf(IllegalStateException.class)
                .hasMessage(ConfigCommands.NO_IOS);
        show.ios = new org.voxgate.api.config.IosConfiguration() {
            @Override
            public org.voxgate.api.config.ApplyReport apply(String text, String source) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String runningConfig() {
                return "!\nend\n";
            }
        };
        assertThat(show.show("running-config")).isEqualTo("!\nend\n");
    }
}
