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
        assertThat(d.changes.get(ConfigPids.TRANSPORT).set).containsEntry("listen.port", 25160).containsEntry("udp", false);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry("max.forwards", 10);
        assertThat(d.commands).isEqualTo(6);
    }

    @Test
    void globalCommandInsideSubmodeLeavesTheSubmode() throws Exception {
        ConfigDelta d = parser.parse("voice service voip\n sip\nsip-ua\n transport tcp\n");
        assertThat(d.changes.get(ConfigPids.TRANSPORT).set).containsEntry("tcp", true);
    }

    @Test
    void globalCommandInsideDialPeerLeavesTheDialPeer() throws Exception {
        ConfigDelta d = parser.parse("dial-peer voice 1 voip\n preference 1\nsip-ua\n retry invite 2\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry("retry.invite", 2);
        assertThatThrownBy(() -> parser.parse("dial-peer voice 1 voip\nsip-ua\n preference 1\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void noFormsRemoveTheAttributeSoTheOwnerDefaultApplies() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n max-forwards 5\n no max-forwards\nvoice service voip\n sip\n  no listen-port non-secure\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).doesNotContainKey("max.forwards");
        assertThat(d.changes.get(ConfigPids.SIP_UA).removed).containsExactly("max.forwards");
        assertThat(d.changes.get(ConfigPids.TRANSPORT).removed).containsExactly("listen.port");
    }

    @Test
    void laterLineWinsOverEarlierOne() throws Exception {
        ConfigDelta d = parser.parse("sip-ua\n no max-forwards\n max-forwards 7\n");
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry("max.forwards", 7);
        assertThat(d.changes.get(ConfigPids.SIP_UA).removed).isEmpty();
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
        assertThatThrownBy(() -> parser.parse("preference 1\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(1));
    }

    @Test
    void unknownTransportAndTrailingWordsAreRefused() {
        assertThatThrownBy(() -> parser.parse("sip-ua\n transport sctp\n")).isInstanceOf(IosConfigException.class);
        assertThatThrownBy(() -> parser.parse("sip-ua\n max-forwards 10 20\n")).isInstanceOf(IosConfigException.class);
        assertThatThrownBy(() -> parser.parse("sip-ua\n max-forwards ten\n")).isInstanceOf(IosConfigException.class);
    }

    @Test
    void aBadLineAnywhereRefusesTheWholeTextWithoutADelta() {
        String text = """
                voice service voip
                 allow-connections sip to sip
                 sip
                  session transport tcp
                sip-ua
                 retry invite 3
                dial-peer voice 3401 voip
                 destination-pattern 3401
                 session target ipv4:127.0.0.2
                dial-peer voice 10 pots
                 port 1/0/0
                 forward-digits 33
                dial-peer voice 11 voip
                 preference 1
                """;
        // the parser produces a delta or throws: nothing of the good lines can reach Config Admin
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOfSatisfying(IosConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.lineText()).isEqualTo(" forward-digits 33");
            assertThat(e.reason()).contains("0-32");
        });
    }

    @Test
    void notYetActiveNamesTheLine() throws Exception {
        ConfigDelta d = parser.parse("dial-peer voice 1 voip\n!\n dtmf-relay rtp-nte h245-alphanumeric\n codec g711ulaw bytes 160\n");
        assertThat(d.notYetActive).containsExactly(
                "line 3: dtmf-relay rtp-nte h245-alphanumeric (stored; h245-alphanumeric not available (no DTMF relay bundle for it))",
                "line 4: codec g711ulaw bytes 160 (codec stored; 'bytes' ignored: packetization size not configurable yet; "
                        + "codec negotiation is not active yet (the SDP passes through))");
    }
}
