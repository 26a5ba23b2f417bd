package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.dialplan.DialPeerDTO;

/**
 * {@code show dial-peer voice [TAG]}: the IOS long form, one {@code VoiceOverIpPeerTAG} (voip) or
 * {@code VoiceEncapPeerTAG} (pots) block per peer with IOS's {@code name = `value',} lines. Only lines for
 * values Voxgate has are printed (no call statistics, COR lists, QoS, payload sizes, ...).
 */
final class DialPeerVoiceFormatter {
    static final String INDENT = "        ";

    private DialPeerVoiceFormatter() {}

    /** Every peer, blocks separated by an empty line. */
    static String format(List<DialPeerDTO> peers) {
        StringBuilder b = new StringBuilder(1024 * Math.max(1, peers.size()));
        for (DialPeerDTO p : peers) {
            appendPeer(b, p);
            b.append('\n');
        }
        return b.toString();
    }

    /** One peer. */
    static String format(DialPeerDTO p) {
        StringBuilder b = new StringBuilder(1024);
        appendPeer(b, p);
        return b.toString();
    }

    static String blockName(int tag, String type) {
        return ("pots".equals(type) ? "VoiceEncapPeer" : "VoiceOverIpPeer") + tag;
    }

    private static void appendPeer(StringBuilder b, DialPeerDTO p) {
        boolean voip = !"pots".equals(p.type);
        b.append(blockName(p.tag, p.type)).append('\n');
        line(b, "peer type = voice, system default peer = FALSE, information type = voice,");
        line(b, "description = " + quoted(p.description) + ",");
        line(b, "tag = " + p.tag + ", destination-pattern = " + quoted(p.destinationPattern) + ",");
        line(b, "answer-address = " + quoted(p.answerAddress) + ", preference=" + p.preference + ",");
        line(b, "Admin state is " + IosText.upDown(p.adminUp) + ", Operation state is " + operState(p) + ",");
        line(b, "incoming called-number = " + quoted(p.incomingCalledNumber) + ",");
        line(b, "huntstop = " + IosText.enabled(p.huntstop) + ",");
        if (voip) {
            appendVoip(b, p);
        } else {
            appendPots(b, p);
        }
    }

    private static void appendVoip(StringBuilder b, DialPeerDTO p) {
        line(b, "type = voip, session-target = " + quoted(p.sessionTarget) + ",");
        StringBuilder session = new StringBuilder();
        if (!IosText.isBlank(p.sessionProtocol)) {
            session.append("session-protocol = ").append(p.sessionProtocol).append(", ");
        }
        if (!IosText.isBlank(p.sessionTransport)) {
            session.append("session-transport = ").append(p.sessionTransport).append(", ");
        }
        if (session.length() > 0) {
            line(b, session.substring(0, session.length() - 1));
        }
        line(b, "voice-class sip transport switch udp tcp = " + IosText.enabled(p.transportSwitch) + ",");
        line(b, "redirect ip2ip = " + IosText.enabled(p.redirectIp2ip) + ",");
        line(b, "dtmf-relay = " + dtmfRelay(p.dtmfRelay) + ",");
        if (!IosText.isBlank(p.codec)) {
            line(b, "codec = " + p.codec + ",");
        }
    }

    private static void appendPots(StringBuilder b, DialPeerDTO p) {
        line(b, "type = pots, prefix = " + quoted(p.prefix) + ",");
        line(b, IosText.isBlank(p.forwardDigits) ? "forward-digits default" : "forward-digits " + p.forwardDigits);
        line(b, "session-target = " + quoted(p.sessionTarget) + ", voice-port = " + quoted(p.port) + ",");
    }

    private static String operState(DialPeerDTO p) {
        if (p.operUp) {
            return "up";
        }
        return IosText.isBlank(p.operDownReason) ? "down" : "down (" + p.operDownReason + ")";
    }

    private static String dtmfRelay(List<String> methods) {
        return methods == null || methods.isEmpty() ? "none" : String.join(" ", methods);
    }

    /** IOS quotes string values as {@code `value'}. */
    static String quoted(String s) {
        return "`" + IosText.orEmpty(s) + "'";
    }

    private static void line(StringBuilder b, String text) {
        b.append(INDENT).append(text).append('\n');
    }
}
