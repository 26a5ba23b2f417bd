package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/**
 * The seed chapter's configuration examples (implementing-sip-gateways.txt, Examples 4-7 to 4-10), as
 * an operator would paste them. The seed's addresses are blank; every address here is 127.0.0.0/8.
 * Commands the examples use that Voxgate does not have yet ({@code registrar}, {@code bind},
 * {@code registrar server}, {@code notify telephone-event}) are left out.
 */
class SeedExamplesTest {
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
                 sip-server ipv4:127.0.0.20
                 max-forwards 10
                 no transport udp
                """);
        assertThat(d.changes.get(ConfigPids.SIP_UA).set).containsEntry(SipUaKeys.SIP_SERVER, "ipv4:127.0.0.20")
                .containsEntry(SipUaKeys.MAX_FORWARDS, 10);
        assertThat(d.changes.get(ConfigPids.TRANSPORT).set).containsEntry("udp", false);
    }

    @Test
    void example4_9VoiceServiceRedirect() throws Exception {
        ConfigDelta d = parser.parse("voice service voip\n redirect ip2ip\n sip\n");
        assertThat(d.changes.get(ConfigPids.VOICE_SERVICE).set).containsEntry(VoiceServiceKeys.REDIRECT_IP2IP, true);
    }

    @Test
    void example4_10NotifyDtmfRelay() throws Exception {
        ConfigDelta d = parser.parse("""
                !Setting NOTIFY-based out-of-band DTMF relay
                dial-peer voice 3400 voip
                 dtmf-relay sip-notify rtp-nte
                """);
        assertThat((String[]) d.peers.get(3400).changes.set.get(DialPeerKeys.DTMF_RELAY))
                .containsExactly("sip-notify", "rtp-nte");
        assertThat(d.notYetActive).containsExactly("line 3: dtmf-relay sip-notify rtp-nte (stored; DTMF relay not active yet)");
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
