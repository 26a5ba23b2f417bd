package org.voxgate.registrar.client.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.voxgate.api.dialplan.DialPeerDTO;

/**
 * The lines to register (IOS: the E.164 numbers of the POTS dial peers): every POTS dial peer that is not shut
 * down and whose destination-pattern is a full number (digits, optionally a leading {@code +}; no wildcard).
 * Several peers with one number (a hunt group over ports) make one line, shown with the lowest tag. A number
 * of {@code sip-ua} / {@code credentials number N ...} is a line too (IOS registers it), with tag 0 when no POTS
 * dial peer has it.
 */
final class Lines {
    private static final Pattern FULL_NUMBER = Pattern.compile("\\+?[0-9]{1,32}");

    private Lines() {}

    /** Line number to dial-peer tag, by number: the POTS peers' and the {@code credentials} numbers. */
    static Map<String, Integer> of(List<DialPeerDTO> peers, SipUaSettings ua) {
        Map<String, Integer> lines = of(peers);
        for (SipUaSettings.Credentials c : ua.credentials()) {
            if (c.number() != null && FULL_NUMBER.matcher(c.number()).matches()) {
                lines.putIfAbsent(c.number(), 0);
            }
        }
        return lines;
    }

    /** Line number to dial-peer tag, by number. */
    static Map<String, Integer> of(List<DialPeerDTO> peers) {
        Map<String, Integer> lines = new TreeMap<>();
        if (peers == null) {
            return lines;
        }
        for (DialPeerDTO p : peers) {
            String pattern = p.destinationPattern == null ? null : p.destinationPattern.trim();
            if ("pots".equals(p.type) && p.adminUp && pattern != null && FULL_NUMBER.matcher(pattern).matches()) {
                lines.merge(pattern, p.tag, Math::min);
            }
        }
        return lines;
    }
}
