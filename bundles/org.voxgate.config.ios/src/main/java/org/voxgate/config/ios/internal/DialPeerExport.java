package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.config.DialPeerKeys;

/**
 * One {@code dial-peer voice TAG voip|pots} block of {@code show running-config}: its sub-commands in IOS
 * order, only those that differ from the defaults and that belong to the peer's type.
 */
final class DialPeerExport {
    static final String DEFAULT_CODEC = "g729r8";

    private DialPeerExport() {}

    /** The block, or none when the configuration has no usable type. */
    static List<String> lines(int tag, StoredProperties p) {
        String type = p.string(DialPeerKeys.TYPE);
        boolean voip = DialPeerGrammar.VOIP.equalsIgnoreCase(type);
        boolean pots = DialPeerGrammar.POTS.equalsIgnoreCase(type);
        List<String> b = new ArrayList<>();
        if (!voip && !pots) {
            return b;
        }
        b.add("dial-peer voice " + tag + " " + (voip ? DialPeerGrammar.VOIP : DialPeerGrammar.POTS));
        add(b, "description ", p.string(DialPeerKeys.DESCRIPTION));
        flag(b, "huntstop", p, DialPeerKeys.HUNTSTOP);
        Integer preference = p.integer(DialPeerKeys.PREFERENCE);
        if (preference != null && preference != 0) {
            b.add(" preference " + preference);
        }
        add(b, "destination-pattern ", p.string(DialPeerKeys.DESTINATION_PATTERN));
        add(b, "answer-address ", p.string(DialPeerKeys.ANSWER_ADDRESS));
        if (pots) {
            add(b, "port ", p.string(DialPeerKeys.PORT));
            add(b, "forward-digits ", p.string(DialPeerKeys.FORWARD_DIGITS));
            add(b, "prefix ", p.string(DialPeerKeys.PREFIX));
        } else {
            add(b, "session protocol ", p.string(DialPeerKeys.SESSION_PROTOCOL));
            add(b, "session target ", p.string(DialPeerKeys.SESSION_TARGET));
            String transport = p.string(DialPeerKeys.SESSION_TRANSPORT);
            if (transport != null && !transport.equalsIgnoreCase("system")) {
                b.add(" session transport " + transport);
            }
        }
        add(b, "incoming called-number ", p.string(DialPeerKeys.INCOMING_CALLED_NUMBER));
        if (voip) {
            flag(b, "voice-class sip transport switch udp tcp", p, DialPeerKeys.TRANSPORT_SWITCH);
            flag(b, "redirect ip2ip", p, DialPeerKeys.REDIRECT_IP2IP);
            List<String> dtmf = p.strings(DialPeerKeys.DTMF_RELAY);
            if (!dtmf.isEmpty()) {
                b.add(" dtmf-relay " + String.join(" ", dtmf));
            }
            String codec = p.string(DialPeerKeys.CODEC);
            if (codec != null && !codec.equalsIgnoreCase(DEFAULT_CODEC)) {
                b.add(" codec " + codec);
            }
        }
        flag(b, "shutdown", p, DialPeerKeys.SHUTDOWN);
        return b;
    }

    private static void add(List<String> b, String command, String value) {
        if (value != null) {
            b.add(" " + command + value);
        }
    }

    private static void flag(List<String> b, String command, StoredProperties p, String key) {
        if (p.flag(key, false)) {
            b.add(" " + command);
        }
    }
}
