package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;

class IosParserTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Test
    void listenPortAndSipUaCommandsLandInTheirPids() throws Exception {
        ConfigDelta d = parser.parse("""
                ! site A
                voice service voip
                 sip
                  listen-port non-secure 25160
                sip-ua
                 max-forwards 10
                 no transport udp
                """);
        assertThat(d.changes.get(ConfigPids.TRANSPORT)).containsEntry("listen.port", 25160).containsEntry("udp", false);
        assertThat(d.changes.get(ConfigPids.SIP_UA)).containsEntry("max.forwards", 10);
        assertThat(d.commands).isEqualTo(6);
    }

    @Test
    void globalCommandInsideSubmodeLeavesTheSubmode() throws Exception {
        ConfigDelta d = parser.parse("voice service voip\n sip\nsip-ua\n transport tcp\n");
        assertThat(d.changes.get(ConfigPids.TRANSPORT)).containsEntry("tcp", true);
    }

    @Test
    void noFormsRestoreDefaults() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n no max-forwards\nvoice service voip\n sip\n  no listen-port non-secure\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA)).containsEntry("max.forwards", 70);
        assertThat(d.changes.get(ConfigPids.TRANSPORT)).containsEntry("listen.port", 5060);
    }

    @Test
    void outOfRangeValueIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> parser.parse("!\nsip-ua\n transport tcp\n!\n max-forwards 99\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("% Invalid input detected at line 5").contains("1-70");
                });
    }

    @Test
    void commandOutsideItsModeIsRefused() {
        assertThatThrownBy(() -> parser.parse("max-forwards 10\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void unknownTransportAndTrailingWordsAreRefused() {
        assertThatThrownBy(() -> parser.parse("sip-ua\n transport sctp\n")).isInstanceOf(IosConfigException.class);
        assertThatThrownBy(() -> parser.parse("sip-ua\n max-forwards 10 20\n")).isInstanceOf(IosConfigException.class);
        assertThatThrownBy(() -> parser.parse("sip-ua\n max-forwards ten\n")).isInstanceOf(IosConfigException.class);
    }
}
