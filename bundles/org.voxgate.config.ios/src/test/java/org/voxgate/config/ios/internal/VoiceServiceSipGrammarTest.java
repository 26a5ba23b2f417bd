package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.SrstKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/** The commands of seed Table 4-3 and {@code shutdown [forced]} of {@code voice service voip}. */
class VoiceServiceSipGrammarTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Test
    void table4_3CommandsAreStoredAndTheInactiveOnesReported() throws Exception {
        ConfigDelta d = parser.parse("""
                voice service voip
                 shutdown forced
                 sip
                  bind control source-interface lo0
                  bind media source-interface gi0/0.100
                  call service stop
                  min-se 90
                  registrar server expires max 1500 min 500
                  subscription maximum accept 20
                  subscription maximum originate 30
                """);
        assertThat(d.changes.get(ConfigPids.VOICE_SERVICE).set).containsEntry(VoiceServiceKeys.SHUTDOWN, "forced")
                .containsEntry(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE, "Loopback0")
                .containsEntry(VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE, "GigabitEthernet0/0.100")
                .containsEntry(VoiceServiceKeys.CALL_SERVICE_STOP, "graceful").containsEntry(VoiceServiceKeys.MIN_SE, 90)
                .containsEntry(VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_ACCEPT, 20)
                .containsEntry(VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_ORIGINATE, 30);
        assertThat(d.changes.get(ConfigPids.SRST).set).containsEntry(SrstKeys.REGISTRAR_SERVER, true)
                .containsEntry(SrstKeys.EXPIRES_MAX, 1500).containsEntry(SrstKeys.EXPIRES_MIN, 500);
        // shutdown and call service stop act (the call core drains or releases); the other six are stored only
        assertThat(d.notYetActive).hasSize(6).allMatch(n -> n.contains("stored") && n.contains("not active yet"));
    }

    @Test
    void bindAllSetsControlAndMediaAndNoFormsRemove() throws Exception {
        ConfigDelta d = parser.parse("voice service voip\n sip\n  bind all source-interface Loopback1\n");
        assertThat(d.changes.get(ConfigPids.VOICE_SERVICE).set)
                .containsEntry(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE, "Loopback1")
                .containsEntry(VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE, "Loopback1");
        ConfigDelta no = parser.parse("voice service voip\n no shutdown\n sip\n  no bind all\n  no call service stop forced\n"
                + "  no min-se\n  no subscription maximum accept\n");
        assertThat(no.changes.get(ConfigPids.VOICE_SERVICE).removed).containsExactly(VoiceServiceKeys.SHUTDOWN,
                VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE, VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE,
                VoiceServiceKeys.CALL_SERVICE_STOP, VoiceServiceKeys.MIN_SE, VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_ACCEPT);
        assertThat(no.notYetActive).isEmpty();
    }

    @Test
    void registrarServerLinesReplaceEachOtherAndNoRemovesAll() throws Exception {
        ConfigDelta plain = parser.parse("voice service voip\n sip\n  registrar server expires max 1500\n  registrar server\n");
        assertThat(plain.changes.get(ConfigPids.SRST).set).containsOnlyKeys(SrstKeys.REGISTRAR_SERVER);
        assertThat(plain.changes.get(ConfigPids.SRST).removed).contains(SrstKeys.EXPIRES_MAX, SrstKeys.EXPIRES_MIN);
        ConfigDelta onlyMin = parser.parse("voice service voip\n sip\n  registrar server expires min 3600\n");
        assertThat(onlyMin.changes.get(ConfigPids.SRST).set).containsEntry(SrstKeys.EXPIRES_MIN, 3600);
        ConfigDelta no = parser.parse("voice service voip\n sip\n  no registrar server\n");
        assertThat(no.changes.get(ConfigPids.SRST).set).isEmpty();
        assertThat(no.changes.get(ConfigPids.SRST).removed).containsExactlyInAnyOrder(SrstKeys.REGISTRAR_SERVER,
                SrstKeys.EXPIRES_MAX, SrstKeys.EXPIRES_MIN);
    }

    @ParameterizedTest
    @CsvSource({"bind, incomplete", "bind signaling source-interface lo0, control, media or all",
        "bind control lo0, source-interface", "bind control source-interface, incomplete",
        "bind control source-interface 0/0, not an interface", "bind control source-interface foo0, unknown interface type",
        "bind control source-interface t0, ambiguous", "call service stop now, forced", "call service, incomplete",
        "min-se 89, 90-86400", "min-se 86401, 90-86400", "registrar server expires max 599, 600-86400",
        "registrar server expires max 86401, 600-86400", "registrar server expires min 59, 60-3600",
        "registrar server expires min 3601, 60-3600", "registrar server expires, incomplete",
        "registrar server expires min 500 max 1500, unexpected", "registrar server expires max 600 min 700, above",
        "registrar server expires min 3601, 60-3600", "registrar server now, unexpected",
        "subscription maximum accept 0, 1-65535", "subscription maximum both 5, subscription maximum accept|originate",
        "shutdown now, forced"})
    void badLinesAreRefusedWithTheirLineNumber(String line, String reason) {
        assertThatThrownBy(() -> parser.parse("voice service voip\n sip\n  " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.reason()).contains(reason);
                });
    }

    @Test
    void shutdownInTheSipSubmodeIsTheVoiceServiceOne() throws Exception {
        ConfigDelta d = parser.parse("voice service voip\n sip\n  shutdown\n");
        assertThat(d.changes.get(ConfigPids.VOICE_SERVICE).set).containsEntry(VoiceServiceKeys.SHUTDOWN, "graceful");
    }
}
