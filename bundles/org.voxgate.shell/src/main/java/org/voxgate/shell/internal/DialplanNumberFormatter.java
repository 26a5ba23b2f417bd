package org.voxgate.shell.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.voxgate.api.dialplan.DialplanExplanationDTO;
import org.voxgate.api.dialplan.DialplanExplanationDTO.CandidateDTO;

/**
 * {@code show dialplan number DIGITS}: a compact form of IOS's output. IOS prints the whole peer block of each
 * matching peer with a {@code Matched: DIGITS   Digits: N} line; this prints, for every peer with a destination
 * pattern (tag order), a short block with the match verdict, then the hunt order. Layout (README):
 *
 * <pre>
 * Macro Exp.: 4404123
 * dial-peer hunt 0
 *
 * VoiceOverIpPeer10
 *         tag = 10, type = voip, destination-pattern = `440....',
 *         matched = yes, Matched: 4404123   Digits: 3, match length = 7,
 *         preference = 0, huntstop = disabled, state = up, hunt position = 1,
 *         session-target = `ipv4:10.0.0.1',
 *
 * Hunt order: 10, 11
 * </pre>
 */
final class DialplanNumberFormatter {
    static final String INDENT = DialPeerVoiceFormatter.INDENT;

    private DialplanNumberFormatter() {}

    static String format(int huntScheme, DialplanExplanationDTO e) {
        String number = IosText.orEmpty(e.number);
        List<CandidateDTO> candidates = e.candidates == null ? List.of() : e.candidates;
        StringBuilder b = new StringBuilder(256 + 300 * candidates.size());
        b.append("Macro Exp.: ").append(number).append('\n');
        b.append("dial-peer hunt ").append(huntScheme).append('\n');
        for (CandidateDTO c : candidates) {
            b.append('\n');
            appendCandidate(b, number, c);
        }
        b.append('\n');
        List<Integer> order = e.huntOrder == null ? List.of() : e.huntOrder;
        if (order.isEmpty()) {
            b.append("No dial-peer matches ").append(number).append('\n');
        } else {
            b.append("Hunt order: ")
                    .append(order.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return b.toString();
    }

    private static void appendCandidate(StringBuilder b, String number, CandidateDTO c) {
        b.append(DialPeerVoiceFormatter.blockName(c.tag, c.type)).append('\n');
        line(b, "tag = " + c.tag + ", type = " + c.type + ", destination-pattern = "
                + DialPeerVoiceFormatter.quoted(c.destinationPattern) + ",");
        if (c.matched) {
            int len = Math.max(0, Math.min(c.matchLength, number.length()));
            line(b, "matched = yes, Matched: " + number.substring(0, len) + "   Digits: " + c.matchedDigits
                    + ", match length = " + c.matchLength + ",");
        } else {
            line(b, "matched = no,");
        }
        line(b, "preference = " + c.preference + ", huntstop = " + IosText.enabled(c.huntstop)
                + ", state = " + IosText.orEmpty(c.state)
                + ", hunt position = " + (c.huntPosition > 0 ? Integer.toString(c.huntPosition) : "none") + ",");
        if (!"pots".equals(c.type)) {
            line(b, "session-target = " + DialPeerVoiceFormatter.quoted(c.sessionTarget) + ",");
        }
    }

    private static void line(StringBuilder b, String text) {
        b.append(INDENT).append(text).append('\n');
    }
}
