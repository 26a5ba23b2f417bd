package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.VoiceServiceKeys;

class VoiceServiceGrammarTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    private ConfigDelta.Changes voiceService(String text) throws IosConfigException {
        return parser.parse(text).changes.get(ConfigPids.VOICE_SERVICE);
    }

    @Test
    void voiceServiceCommandsLandInTheVoiceServicePid() throws Exception {
        ConfigDelta.Changes c = voiceService("""
                voice service voip
                 allow-connections sip to sip
                 redirect ip2ip
                 sip
                  redirect contact order best-match
                  session transport tcp
                  transport switch udp tcp
                """);
        assertThat(c.set).containsEntry(VoiceServiceKeys.ALLOW_SIP_TO_SIP, true)
                .containsEntry(VoiceServiceKeys.REDIRECT_IP2IP, true)
                .containsEntry(VoiceServiceKeys.REDIRECT_CONTACT_ORDER, "best-match")
                .containsEntry(VoiceServiceKeys.SESSION_TRANSPORT, "tcp")
                .containsEntry(VoiceServiceKeys.TRANSPORT_SWITCH, true);
    }

    @Test
    void voiceServiceCommandsTypedInTheSipSubmodeLeaveIt() throws Exception {
        ConfigDelta.Changes c = voiceService("voice service voip\n sip\n  redirect ip2ip\n");
        assertThat(c.set).containsEntry(VoiceServiceKeys.REDIRECT_IP2IP, true);
    }

    @Test
    void noFormsRemoveTheAttributes() throws Exception {
        ConfigDelta.Changes c = voiceService("""
                voice service voip
                 no allow-connections sip to sip
                 no redirect ip2ip
                 sip
                  redirect contact order longest-match
                  no redirect contact order
                  no session transport
                  no transport switch udp tcp
                """);
        assertThat(c.set).isEmpty();
        assertThat(c.removed).containsExactlyInAnyOrder(VoiceServiceKeys.ALLOW_SIP_TO_SIP, VoiceServiceKeys.REDIRECT_IP2IP,
                VoiceServiceKeys.REDIRECT_CONTACT_ORDER, VoiceServiceKeys.SESSION_TRANSPORT, VoiceServiceKeys.TRANSPORT_SWITCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"redirect contact order shortest-match", "redirect contact order", "session transport sctp",
        "session transport tls", "transport switch tcp udp", "redirect contact order best-match x", "session transport"})
    void badSipSubmodeLinesAreRefusedWithTheirLineNumber(String line) {
        assertThatThrownBy(() -> parser.parse("voice service voip\n sip\n  " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"allow-connections h323 to sip", "allow-connections sip to sip now", "redirect ip2ip now"})
    void badVoiceServiceLinesAreRefused(String line) {
        assertThatThrownBy(() -> parser.parse("voice service voip\n " + line + "\n"))
                .isInstanceOfSatisfying(IosConfigException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void onlyVoiceServiceVoipExists() {
        assertThatThrownBy(() -> parser.parse("voice service pots\n")).isInstanceOfSatisfying(IosConfigException.class,
                e -> assertThat(e.reason()).contains("voice service voip"));
    }
}
