package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.DialPeerKeys;

/**
 * {@code dial-peer voice TAG voip|pots} and its sub-commands: one factory configuration of
 * {@code org.voxgate.dialpeer} per peer, named by the tag. Each sub-command's {@code no} form removes
 * its attribute (the dial-peer bundle holds the defaults). A VoIP-only command under a POTS peer, or
 * the reverse, is refused as on IOS.
 */
final class DialPeerGrammar {
    static final String VOIP = "voip";
    static final String POTS = "pots";

    /** Which peers a sub-command is valid under. */
    private enum Only {
        ANY, VOIP, POTS
    }

    /** Parses the arguments (the words after the keywords) into the attribute value; null removes it. */
    private interface Value {
        Object parse(List<String> args, ConfigDelta d) throws InvalidLine;
    }

    private DialPeerGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.GLOBAL, "dial-peer voice", DialPeerGrammar::dialPeer);
        g.add(Mode.GLOBAL, "dial-peer", (w, no, d) -> {
            throw new InvalidLine(w.size() < 2 ? "incomplete command: dial-peer voice TAG voip|pots expected"
                    : "'dial-peer " + w.get(1) + "' is not supported; dial-peer voice TAG voip|pots");
        });

        valued(g, Only.ANY, "description", DialPeerKeys.DESCRIPTION, (a, d) -> {
            String text = Grammar.restOfLine(d.lineText, 1);
            if (text.isEmpty()) {
                throw new InvalidLine("incomplete command: description TEXT expected");
            }
            return text;
        });
        valued(g, Only.ANY, "destination-pattern", DialPeerKeys.DESTINATION_PATTERN, (a, d) ->
                Syntax.digitPattern(Grammar.oneArg(a, 0, "destination-pattern PATTERN"), "destination-pattern"));
        valued(g, Only.ANY, "incoming called-number", DialPeerKeys.INCOMING_CALLED_NUMBER, (a, d) ->
                Syntax.digitPattern(Grammar.oneArg(a, 0, "incoming called-number PATTERN"), "incoming called-number"));
        valued(g, Only.ANY, "answer-address", DialPeerKeys.ANSWER_ADDRESS, (a, d) ->
                Syntax.digitPattern(Grammar.oneArg(a, 0, "answer-address PATTERN"), "answer-address"));
        valued(g, Only.ANY, "preference", DialPeerKeys.PREFERENCE, (a, d) -> Grammar.intArg(a, 0, 0, 10, "preference"));
        flag(g, Only.ANY, "huntstop", DialPeerKeys.HUNTSTOP);
        flag(g, Only.ANY, "shutdown", DialPeerKeys.SHUTDOWN);

        valued(g, Only.VOIP, "session target", DialPeerKeys.SESSION_TARGET, (a, d) ->
                DialPeerValues.sessionTarget(Grammar.oneArg(a, 0, "session target ipv4:|dns:|sip-server|registrar")));
        valued(g, Only.VOIP, "session protocol", DialPeerKeys.SESSION_PROTOCOL, (a, d) -> {
            String p = Grammar.oneArg(a, 0, "session protocol sipv2").toLowerCase(Locale.ROOT);
            if (!p.equals("sipv2")) {
                throw new InvalidLine("only 'session protocol sipv2' is supported, not '" + a.get(0) + "'");
            }
            return p;
        });
        valued(g, Only.VOIP, "session transport", DialPeerKeys.SESSION_TRANSPORT, (a, d) -> {
            String t = Grammar.oneArg(a, 0, "session transport udp|tcp|system").toLowerCase(Locale.ROOT);
            // "system" (follow voice service voip / sip) is the default: remove the attribute
            return t.equals("system") ? null : VoiceServiceGrammar.udpOrTcp(a, 0);
        });
        flag(g, Only.VOIP, "voice-class sip transport switch udp tcp", DialPeerKeys.TRANSPORT_SWITCH);
        flag(g, Only.VOIP, "redirect ip2ip", DialPeerKeys.REDIRECT_IP2IP);
        valued(g, Only.VOIP, "dtmf-relay", DialPeerKeys.DTMF_RELAY, DialPeerValues::dtmfRelay);
        valued(g, Only.VOIP, "codec", DialPeerKeys.CODEC, DialPeerValues::codec);

        valued(g, Only.POTS, "port", DialPeerKeys.PORT, (a, d) -> DialPeerValues.port(Grammar.oneArg(a, 0, "port X/Y/Z")));
        valued(g, Only.POTS, "prefix", DialPeerKeys.PREFIX, (a, d) -> DialPeerValues.prefix(Grammar.oneArg(a, 0, "prefix DIGITS")));
        valued(g, Only.POTS, "forward-digits", DialPeerKeys.FORWARD_DIGITS, (a, d) ->
                DialPeerValues.forwardDigits(Grammar.oneArg(a, 0, "forward-digits N|all|extra")));
        g.add(Mode.DIAL_PEER, "digit-strip", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            require(d, Only.POTS, "digit-strip");
            if (no) {
                d.currentPeer.changes.set(DialPeerKeys.FORWARD_DIGITS, "all");
            } else {
                d.currentPeer.changes.remove(DialPeerKeys.FORWARD_DIGITS); // the default strips
            }
            return null;
        });
    }

    /** {@code [no] dial-peer voice TAG [voip|pots]}. */
    private static Mode dialPeer(List<String> w, boolean no, ConfigDelta d) throws InvalidLine {
        int tag = Grammar.intAt(w, 2, 1, Integer.MAX_VALUE, "dial-peer tag");
        String type = null;
        if (w.size() > 3) {
            type = w.get(3).toLowerCase(Locale.ROOT);
            if (!type.equals(VOIP) && !type.equals(POTS)) {
                throw new InvalidLine("dial-peer type voip or pots expected, not '" + w.get(3) + "'");
            }
            Grammar.noMoreWords(w, 4);
        }
        if (no) {
            ConfigDelta.PeerChange deleted = new ConfigDelta.PeerChange(tag);
            deleted.replace = true;
            d.peers.put(tag, deleted);
            d.currentPeer = null;
            return null;
        }
        if (type == null) {
            throw new InvalidLine("incomplete command: dial-peer voice " + tag + " voip|pots expected");
        }
        ConfigDelta.PeerChange peer = d.peers.get(tag);
        String knownType = peer != null ? peer.type : d.existing.type(tag);
        if (peer != null && peer.deleteOnly()) {
            knownType = null; // deleted earlier in this text: may come back with another type
        }
        if (knownType != null && !knownType.equals(type)) {
            throw new InvalidLine("dial-peer " + tag + " already exists as a " + knownType + " peer; "
                    + "'no dial-peer voice " + tag + "' first");
        }
        if (peer == null) {
            peer = new ConfigDelta.PeerChange(tag);
            d.peers.put(tag, peer);
        }
        peer.type = type;
        peer.changes.set(DialPeerKeys.TAG, tag);
        peer.changes.set(DialPeerKeys.TYPE, type);
        d.currentPeer = peer;
        return Mode.DIAL_PEER;
    }

    /** Refuses a VoIP-only command under a POTS peer and the reverse. */
    private static void require(ConfigDelta d, Only only, String command) throws InvalidLine {
        ConfigDelta.PeerChange peer = d.currentPeer;
        String needed = only == Only.VOIP ? VOIP : only == Only.POTS ? POTS : null;
        if (needed != null && !needed.equals(peer.type)) {
            throw new InvalidLine("'" + command + "' is valid only under a " + needed + " dial peer; dial-peer "
                    + peer.tag + " is " + peer.type);
        }
    }

    /** A sub-command with a value: sets the attribute, {@code no KEYWORDS [...]} removes it. */
    private static void valued(Grammar g, Only only, String keywords, String key, Value value) {
        int index = keywords.split(" ").length;
        g.add(Mode.DIAL_PEER, keywords, (w, no, d) -> {
            require(d, only, keywords);
            Object v = no ? null : value.parse(w.subList(index, w.size()), d);
            if (v == null) {
                d.currentPeer.changes.remove(key);
            } else {
                d.currentPeer.changes.set(key, v);
            }
            return null;
        });
    }

    /** A default-off switch: sets true, {@code no} removes the attribute. */
    private static void flag(Grammar g, Only only, String keywords, String key) {
        int index = keywords.split(" ").length;
        g.add(Mode.DIAL_PEER, keywords, (w, no, d) -> {
            Grammar.noMoreWords(w, index);
            require(d, only, keywords);
            if (no) {
                d.currentPeer.changes.remove(key);
            } else {
                d.currentPeer.changes.set(key, Boolean.TRUE);
            }
            return null;
        });
    }
}
