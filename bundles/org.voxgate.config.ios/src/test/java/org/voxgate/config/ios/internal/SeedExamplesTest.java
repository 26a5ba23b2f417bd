package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.RegistrationKeys;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.SrstKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/**
 * The seed chapter's configuration examples (implementing-sip-gateways.txt, Examples 4-7 to 4-10), as
 * an operator would paste them. The seed's addresses are blank; every address here is 127.0.0.0/8. The
 * modes the seed shows only in its prompts ({@code (config-sip-ua)#}, {@code (conf-serv-sip)#}) are entered
 * with their commands ({@code sip-ua}, {@code sip}).
 */
class SeedExamplesTest {
    static final String EXAMPLE_4_7 = """
            dial-peer voice 3401 voip
             session target ipv4:127.0.0.11
             session protocol sipv2
             session transport tcp
            dial-peer voice 4404 voip
             session target ipv4:127.0.0.12
             session protocol sipv2
             voice-class sip transport switch udp tcp
             destination-pattern 4404...
            """;
    static final String EXAMPLE_4_8 = """
            sip-ua
             registrar ipv4:127.0.0.30 tcp
             registrar ipv4:127.0.0.31 tcp secondary
             sip-server ipv4:127.0.0.20
             max-forwards 10
             no transport udp
            """;
    static final String EXAMPLE_4_9 = """
            voice service voip
             redirect ip2ip
             sip
              bind control source-interface lo0
              registrar server expires max 1500 min 500
            """;
    static final String EXAMPLE_4_10 = """
            !Setting the NOTIFY interval
            sip-ua
             notify telephone-event max-duration 1000
            !Setting NOTIFY-based out-of-band DTMF relay
            dial-peer voice 3400 voip
             dtmf-relay sip-notify rtp-nte
            """;
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Test
    void example4_7SipDialPeers() throws Exception {
        ConfigDelta d = parser.parse("""
                dial-peer voice 3401 voip
                 session target ipv4:127.0.0.11
                 session protocol sipv2
                 session transport tcp
                dial-peer voice 4404 voip
                 session target ipv4:127.0.0.12
                 session protocol sipv2
                 voice-class sip transport switch udp tcp
                 destination-pattern 4404...
                """);
        assertThat(d.commands).isEqualTo(9);
        assertThat(d.peers.get(3401).changes.set).containsEntry(DialPeerKeys.TAG, 3401)
                .containsEntry(DialPeerKeys.TYPE, "voip").containsEntry(DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.11")
                .containsEntry(DialPeerKeys.SESSION_PROTOCOL, "sipv2").containsEntry(DialPeerKeys.SESSION_TRANSPORT, "tcp");
        assertThat(d.peers.get(4404).changes.set).containsEntry(DialPeerKeys.TRANSPORT_SWITCH, true)
                .containsEntry(DialPeerKeys.DESTINATION_PATTERN, "4404...")
                .containsEntry(DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.12");
        assertThat(d.notYetActive).isEmpty();
    }

    @Test
    void example4_8SipUa() throws Exception {
        ConfigDelta d = parser.parse("""
                sip-ua
                 registrar ipv4:127.0.0.30 tcp
                 registrar ipv4:127.0.0.31 tcp secondary
                 sip-server ipv4:127.0.0.20
                 max-forwards 10
                 no transport udp
                """);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.SIP_SERVER, "ipv4:127.0.0.20")
                .containsEntry(SipUaKeys.MAX_FORWARDS, 10);
        assertThat(d.changes.get(ConfigPids.TRANSPORT).set).containsEntry("udp", false);
        assertThat(d.factories.get(ConfigPids.REGISTRATION + "~primary").values)
                .containsEntry(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.30").containsEntry(RegistrationKeys.TRANSPORT, "tcp");
        assertThat(d.factories.get(ConfigPids.REGISTRATION + "~secondary").values)
                .containsEntry(RegistrationKeys.REGISTRAR, "ipv4:127.0.0.31");
        assertThat(d.notYetActive).as("the registrar client acts on the registrar lines").isEmpty();
    }

    @Test
    void example4_9VoiceService() throws Exception {
        ConfigDelta d = parser.parse("""
                voice service voip
                 redirect ip2ip
                 sip
                  bind control source-interface lo0
                  registrar server expires max 1500 min 500
                """);
        assertThat(d.changes.get(ConfigPids.VOICE_SERVICE).set).containsEntry(VoiceServiceKeys.REDIRECT_IP2IP, true)
                .containsEntry(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE, "Loopback0");
        assertThat(d.changes.get(ConfigPids.SRST).set).containsEntry(SrstKeys.REGISTRAR_SERVER, true)
                .containsEntry(SrstKeys.EXPIRES_MAX, 1500).containsEntry(SrstKeys.EXPIRES_MIN, 500);
        assertThat(d.notYetActive).hasSize(2);
    }

    @Test
    void example4_10NotifyDtmfRelay() throws Exception {
        ConfigDelta d = parser.parse("""
                !Setting the NOTIFY interval
                sip-ua
                 notify telephone-event max-duration 1000
                !Setting NOTIFY-based out-of-band DTMF relay
                dial-peer voice 3400 voip
                 dtmf-relay sip-notify rtp-nte
                """);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.NOTIFY_MAX_DURATION, 1000);
        assertThat((String[]) d.peers.get(3400).changes.set.get(DialPeerKeys.DTMF_RELAY))
                .containsExactly("sip-notify", "rtp-nte");
        assertThat(d.notYetActive).isEmpty(); // NOTIFY and RTP-NTE relays are bundles of feature voxgate-dtmf
    }

    @Test
    void allSeedDialPeersInOneText() throws Exception {
        ConfigDelta d = parser.parse("""
                dial-peer voice 3401 voip
                 session target ipv4:127.0.0.11
                 session protocol sipv2
                 session transport tcp
                dial-peer voice 4404 voip
                 session target ipv4:127.0.0.12
                 session protocol sipv2
                 voice-class sip transport switch udp tcp
                 destination-pattern 4404...
                dial-peer voice 3400 voip
                 dtmf-relay sip-notify rtp-nte
                """);
        assertThat(d.peers).containsOnlyKeys(3401, 4404, 3400);
    }
}
