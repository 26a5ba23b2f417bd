package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.IosConfigException;

class DialPeerGrammarTest {
    private final IosParser parser = new IosParser(VoiceGrammar.create());

    private ConfigDelta.PeerChange peer(String text, int tag) throws IosConfigException {
        return parser.parse(text).peers.get(tag);
    }

    private Map<String, Object> voip(String body) throws IosConfigException {
        return peer("dial-peer voice 7 voip\n" + body, 7).changes.set;
    }

    private Map<String, Object> pots(String body) throws IosConfigException {
        return peer("dial-peer voice 8 pots\n" + body, 8).changes.set;
    }

    private static void refused(IosParser parser, String text, int line, String reason) {
        assertThatThrownBy(() -> parser.parse(text)).isInstanceOfSatisfying(IosConfigException.class, e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.reason()).contains(reason);
        });
    }

    @Test
    void aVoipPeerGetsTagTypeAndEachSubCommand() throws Exception {
        Map<String, Object> p = voip("""
                 description  To  CUCM  sub A
                 destination-pattern 4404...
                 preference 2
                 huntstop
                 session target ipv4:127.0.0.10:5062
                 session protocol sipv2
                 session transport tcp
                 voice-class sip transport switch udp tcp
                 incoming called-number 3[0-4]..$
                 answer-address +1919T
                 dtmf-relay sip-notify rtp-nte digit-drop
                 codec g711ulaw
                 redirect ip2ip
                 shutdown
                """);
        assertThat(p).containsEntry(DialPeerKeys.TAG, 7).containsEntry(DialPeerKeys.TYPE, "voip")
                .containsEntry(DialPeerKeys.DESCRIPTION, "To  CUCM  sub A")
                .containsEntry(DialPeerKeys.DESTINATION_PATTERN, "4404...")
                .containsEntry(DialPeerKeys.PREFERENCE, 2).containsEntry(DialPeerKeys.HUNTSTOP, true)
                .containsEntry(DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.10:5062")
                .containsEntry(DialPeerKeys.SESSION_PROTOCOL, "sipv2").containsEntry(DialPeerKeys.SESSION_TRANSPORT, "tcp")
                .containsEntry(DialPeerKeys.TRANSPORT_SWITCH, true)
                .containsEntry(DialPeerKeys.INCOMING_CALLED_NUMBER, "3[0-4]..$")
                .containsEntry(DialPeerKeys.ANSWER_ADDRESS, "+1919T")
                .containsEntry(DialPeerKeys.CODEC, "g711ulaw").containsEntry(DialPeerKeys.REDIRECT_IP2IP, true)
                .containsEntry(DialPeerKeys.SHUTDOWN, true);
        assertThat((String[]) p.get(DialPeerKeys.DTMF_RELAY)).containsExactly("sip-notify", "rtp-nte", "digit-drop");
    }

    @Test
    void aPotsPeerGetsItsPortPrefixAndForwardDigits() throws Exception {
        Map<String, Object> p = pots(" destination-pattern 5551...\n port 1/0/0\n prefix 9,1\n forward-digits 4\n");
        assertThat(p).containsEntry(DialPeerKeys.TYPE, "pots").containsEntry(DialPeerKeys.PORT, "1/0/0")
                .containsEntry(DialPeerKeys.PREFIX, "9,1").containsEntry(DialPeerKeys.FORWARD_DIGITS, "4");
        assertThat(pots(" forward-digits all\n")).containsEntry(DialPeerKeys.FORWARD_DIGITS, "all");
        assertThat(pots(" forward-digits EXTRA\n")).containsEntry(DialPeerKeys.FORWARD_DIGITS, "extra");
        assertThat(pots(" no digit-strip\n")).containsEntry(DialPeerKeys.FORWARD_DIGITS, "all");
        assertThat(pots(" forward-digits 0\n")).containsEntry(DialPeerKeys.FORWARD_DIGITS, "0");
        assertThat(pots(" port 0/1\n")).containsEntry(DialPeerKeys.PORT, "0/1");
    }

    @Test
    void sessionTargetForms() throws Exception {
        assertThat(voip(" session target ipv4:127.0.0.1\n")).containsEntry(DialPeerKeys.SESSION_TARGET, "ipv4:127.0.0.1");
        assertThat(voip(" session target dns:cucm.example.test:5060\n"))
                .containsEntry(DialPeerKeys.SESSION_TARGET, "dns:cucm.example.test:5060");
        assertThat(voip(" session target sip-server\n")).containsEntry(DialPeerKeys.SESSION_TARGET, "sip-server");
        assertThat(voip(" session target registrar\n")).containsEntry(DialPeerKeys.SESSION_TARGET, "registrar");
    }

    @ParameterizedTest
    @CsvSource({"ipv4:127.0.0.300, octet", "ipv4:127.0.0, IPv4", "ipv4:127.0.0.1:70000, 1-65535",
        "ipv4:127.0.0.1:0, 1-65535", "ipv4:127.0.0.1:x, 1-65535", "dns:-bad-, host name", "sip-uri, not supported",
        "127.0.0.1, not supported"})
    void badSessionTargetsAreRefused(String target, String reason) {
        refused(parser, "dial-peer voice 1 voip\n session target " + target + "\n", 2, reason);
    }

    @Test
    void noFormsRemoveTheAttributes() throws Exception {
        ConfigDelta.PeerChange p = peer("""
                dial-peer voice 9 voip
                 preference 3
                 no preference
                 no description
                 no destination-pattern 4404...
                 no huntstop
                 no session target
                 no session protocol
                 no session transport
                 session transport system
                 no voice-class sip transport switch udp tcp
                 no incoming called-number
                 no answer-address
                 no dtmf-relay
                 no codec
                 no redirect ip2ip
                 no shutdown
                """, 9);
        assertThat(p.changes.set).containsOnlyKeys(DialPeerKeys.TAG, DialPeerKeys.TYPE);
        assertThat(p.changes.removed).containsExactlyInAnyOrder(DialPeerKeys.PREFERENCE, DialPeerKeys.DESCRIPTION,
                DialPeerKeys.DESTINATION_PATTERN, DialPeerKeys.HUNTSTOP, DialPeerKeys.SESSION_TARGET,
                DialPeerKeys.SESSION_PROTOCOL, DialPeerKeys.SESSION_TRANSPORT, DialPeerKeys.TRANSPORT_SWITCH,
                DialPeerKeys.INCOMING_CALLED_NUMBER, DialPeerKeys.ANSWER_ADDRESS, DialPeerKeys.DTMF_RELAY,
                DialPeerKeys.CODEC, DialPeerKeys.REDIRECT_IP2IP, DialPeerKeys.SHUTDOWN);
        ConfigDelta.PeerChange pots = peer("dial-peer voice 8 pots\n no port\n no prefix\n no forward-digits\n", 8);
        assertThat(pots.changes.removed).containsExactlyInAnyOrder(DialPeerKeys.PORT, DialPeerKeys.PREFIX,
                DialPeerKeys.FORWARD_DIGITS);
        assertThat(peer("dial-peer voice 8 pots\n no digit-strip\n digit-strip\n", 8).changes.removed)
                .containsExactly(DialPeerKeys.FORWARD_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"session target ipv4:127.0.0.1", "session protocol sipv2", "session transport tcp",
        "voice-class sip transport switch udp tcp", "dtmf-relay rtp-nte", "codec g711ulaw", "redirect ip2ip",
        "no session target"})
    void voipOnlyCommandsAreRefusedUnderAPotsPeer(String line) {
        refused(parser, "dial-peer voice 20 pots\n description x\n " + line + "\n", 3, "only under a voip dial peer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"port 1/0/0", "prefix 9", "forward-digits all", "no digit-strip", "no port"})
    void potsOnlyCommandsAreRefusedUnderAVoipPeer(String line) {
        refused(parser, "dial-peer voice 21 voip\n" + line + "\n", 2, "only under a pots dial peer; dial-peer 21 is voip");
    }

    @ParameterizedTest
    @CsvSource({"dial-peer voice 0 voip, 1-2147483647", "dial-peer voice 2147483648 voip, 1-2147483647",
        "dial-peer voice x voip, 1-2147483647", "dial-peer voice 5, voip|pots", "dial-peer voice 5 vofr, voip or pots",
        "dial-peer voice 5 voip extra, unexpected", "dial-peer data 5 pots, dial-peer voice", "dial-peer, incomplete"})
    void badDialPeerLinesAreRefused(String line, String reason) {
        refused(parser, "!\n" + line + "\n", 2, reason);
    }

    @Test
    void largestTagIsAccepted() throws Exception {
        assertThat(peer("dial-peer voice 2147483647 pots\n", Integer.MAX_VALUE).changes.set)
                .containsEntry(DialPeerKeys.TAG, Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @CsvSource({"preference 11, 0-10", "preference -1, 0-10", "preference, 0-10", "forward-digits 33, 0-32",
        "codec g999, unknown codec", "codec g711ulaw bytes, bytes", "codec g711ulaw bytes 0, bytes",
        "codec g711ulaw frames 20, unexpected", "dtmf-relay, incomplete", "dtmf-relay rtp-nte dtmf-tones, unknown",
        "dtmf-relay digit-drop rtp-nte, digit-drop", "dtmf-relay sip-notify digit-drop, digit-drop",
        "dtmf-relay rtp-nte rtp-nte, twice", "session protocol cisco, sipv2", "description, incomplete",
        "huntstop now, unexpected", "destination-pattern, incomplete", "destination-pattern 12 34, unexpected"})
    void badSubCommandsAreRefusedWithTheirLineNumber(String line, String reason) {
        String type = line.startsWith("forward-digits") ? "pots" : "voip";
        refused(parser, "dial-peer voice 30 " + type + "\n destination-pattern 30..\n " + line + "\n", 3, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4404...", "9T", "+19191112222", "[2,5-8]22", "[^1-3]22", "(206)?5015111", "333(123)%",
        "^2...$", "*#ABCDEF0", "2.+", "T"})
    void acceptedPatterns(String pattern) throws Exception {
        assertThat(voip(" destination-pattern " + pattern + "\n")).containsEntry(DialPeerKeys.DESTINATION_PATTERN, pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"44x4", "12T3", "1$2", "[12", "12]", "[[1]]", "[]1", "(12", "12)", "[(1)]", "a1", "4404...TT",
        "12\\3"})
    void rejectedPatterns(String pattern) {
        refused(parser, "dial-peer voice 1 pots\n incoming called-number " + pattern + "\n", 2, "incoming called-number");
        refused(parser, "dial-peer voice 1 voip\n answer-address " + pattern + "\n", 2, "answer-address");
    }

    @Test
    void potsPortAndPrefixSyntax() {
        refused(parser, "dial-peer voice 1 pots\n port 1\n", 2, "X/Y/Z");
        refused(parser, "dial-peer voice 1 pots\n port a/b/c\n", 2, "X/Y/Z");
        refused(parser, "dial-peer voice 1 pots\n prefix 9a\n", 2, "prefix");
        refused(parser, "dial-peer voice 1 pots\n forward-digits some\n", 2, "forward-digits");
    }

    @Test
    void reEnteringAPeerOfTheTextWithTheOtherTypeIsRefused() {
        refused(parser, "dial-peer voice 5 voip\n preference 1\ndial-peer voice 5 pots\n", 3,
                "dial-peer 5 already exists as a voip peer");
    }

    @Test
    void reEnteringAConfiguredPeerWithTheOtherTypeIsRefused() {
        ConfigDelta.ExistingPeers existing = tag -> tag == 5 ? "pots" : null;
        assertThatThrownBy(() -> parser.parse("dial-peer voice 6 voip\ndial-peer voice 5 voip\n", existing))
                .isInstanceOfSatisfying(IosConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("already exists as a pots peer");
                });
    }

    @Test
    void reEnteringWithTheSameTypeIsCumulative() throws Exception {
        ConfigDelta.ExistingPeers existing = tag -> "voip";
        ConfigDelta d = parser.parse("dial-peer voice 5 voip\n preference 1\nexit\ndial-peer voice 5 voip\n huntstop\n", existing);
        assertThat(d.peers.get(5).replace).isFalse();
        assertThat(d.peers.get(5).changes.set).containsEntry(DialPeerKeys.PREFERENCE, 1).containsEntry(DialPeerKeys.HUNTSTOP, true);
    }

    @Test
    void noDialPeerDeletesAndAllowsRecreatingWithTheOtherType() throws Exception {
        ConfigDelta.ExistingPeers existing = tag -> "voip";
        ConfigDelta d = parser.parse("dial-peer voice 5 voip\n preference 1\nno dial-peer voice 5\n", existing);
        assertThat(d.peers.get(5).deleteOnly()).isTrue();
        assertThat(d.peers.get(5).changes.set).isEmpty();

        d = parser.parse("no dial-peer voice 5 voip\ndial-peer voice 5 pots\n port 1/0/1\n", existing);
        ConfigDelta.PeerChange p = d.peers.get(5);
        assertThat(p.replace).isTrue();
        assertThat(p.deleteOnly()).isFalse();
        assertThat(p.changes.set).containsEntry(DialPeerKeys.TYPE, "pots").containsEntry(DialPeerKeys.PORT, "1/0/1");
    }

    @Test
    void noDialPeerLeavesDialPeerMode() {
        refused(parser, "dial-peer voice 5 voip\nno dial-peer voice 5\n preference 1\n", 3, "unknown command");
    }

    @Test
    void exitAndEndLeaveDialPeerMode() {
        refused(parser, "dial-peer voice 5 voip\nexit\n preference 1\n", 3, "unknown command");
        refused(parser, "dial-peer voice 5 voip\nend\n preference 1\n", 3, "unknown command");
    }

    @Test
    void eachPeerKeepsItsOwnChanges() throws Exception {
        ConfigDelta d = parser.parse("dial-peer voice 1 voip\n preference 1\ndial-peer voice 2 pots\n preference 2\n");
        assertThat(d.peers.get(1).changes.set).containsEntry(DialPeerKeys.PREFERENCE, 1);
        assertThat(d.peers.get(2).changes.set).containsEntry(DialPeerKeys.PREFERENCE, 2);
    }

    @Test
    void codecBytesAndDtmfRelayAreReportedNotYetActive() throws Exception {
        ConfigDelta d = parser.parse("dial-peer voice 1 voip\n codec g729r8 bytes 30\n dtmf-relay h245-signal\n codec ilbc\n");
        assertThat(d.peers.get(1).changes.set).containsEntry(DialPeerKeys.CODEC, "ilbc");
        assertThat(d.notYetActive).hasSize(3);
        assertThat(d.notYetActive.get(0)).startsWith("line 2: codec g729r8 bytes 30").contains("bytes")
                .contains("codec negotiation is not active yet");
        assertThat(d.notYetActive.get(1)).isEqualTo("line 3: dtmf-relay h245-signal (stored; h245-signal not available (no DTMF relay bundle for it))");
        assertThat(d.notYetActive.get(2)).isEqualTo("line 4: codec ilbc (stored; codec negotiation is not active yet "
                + "(the SDP passes through))");
    }
}
