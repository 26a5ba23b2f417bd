package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialPeerDTO;

class DialPeerVoiceFormatterTest {

    @Test
    void voipPeerIsAVoiceOverIpPeerBlockWithIosQuotedValues() {
        DialPeerDTO p = Dtos.voip(100, "1...", "ipv4:10.1.1.1:5060");
        p.description = "to CUCM";
        p.preference = 1;
        p.huntstop = true;
        p.sessionTransport = "tcp";
        p.dtmfRelay = List.of("rtp-nte", "sip-notify");
        p.codec = "g711ulaw";

        assertThat(DialPeerVoiceFormatter.format(p)).isEqualTo("""
                VoiceOverIpPeer100
                        peer type = voice, system default peer = FALSE, information type = voice,
                        description = `to CUCM',
                        tag = 100, destination-pattern = `1...',
                        answer-address = `', preference=1,
                        Admin state is up, Operation state is up,
                        incoming called-number = `',
                        huntstop = enabled,
                        type = voip, session-target = `ipv4:10.1.1.1:5060',
                        session-protocol = sipv2, session-transport = tcp,
                        voice-class sip transport switch udp tcp = disabled,
                        redirect ip2ip = disabled,
                        dtmf-relay = rtp-nte sip-notify,
                        codec = g711ulaw,
                """);
    }

    @Test
    void potsPeerIsAVoiceEncapPeerBlockWithPrefixAndVoicePort() {
        DialPeerDTO p = Dtos.pots(1, "4001", "0/1/0");
        p.prefix = "9";
        p.forwardDigits = "all";
        p.incomingCalledNumber = "4...";

        assertThat(DialPeerVoiceFormatter.format(p)).isEqualTo("""
                VoiceEncapPeer1
                        peer type = voice, system default peer = FALSE, information type = voice,
                        description = `',
                        tag = 1, destination-pattern = `4001',
                        answer-address = `', preference=0,
                        Admin state is up, Operation state is up,
                        incoming called-number = `4...',
                        huntstop = disabled,
                        type = pots, prefix = `9',
                        forward-digits all
                        session-target = `', voice-port = `0/1/0',
                """);
    }

    @Test
    void downPeerShowsTheReasonAndUnsetValuesAreLeftOut() {
        DialPeerDTO p = Dtos.voip(7, "83...", null);
        p.adminUp = false;
        p.operUp = false;
        p.operDownReason = "no session target";
        p.sessionProtocol = null;
        p.sessionTransport = null;
        p.codec = null;
        p.dtmfRelay = null;

        String out = DialPeerVoiceFormatter.format(p);

        assertThat(out).contains("        Admin state is down, Operation state is down (no session target),\n")
                .contains("        type = voip, session-target = `',\n")
                .contains("        dtmf-relay = none,\n")
                .doesNotContain("session-protocol").doesNotContain("codec");
    }

    @Test
    void allPeersAreSeparatedByAnEmptyLine() {
        String out = DialPeerVoiceFormatter.format(List.of(Dtos.pots(1, "4001", "0/1/0"), Dtos.voip(2, "5...", "ipv4:10.0.0.2")));

        assertThat(out).startsWith("VoiceEncapPeer1\n").contains(",\n\nVoiceOverIpPeer2\n").endsWith(",\n\n");
        assertThat(DialPeerVoiceFormatter.format(List.of())).isEmpty();
    }
}
