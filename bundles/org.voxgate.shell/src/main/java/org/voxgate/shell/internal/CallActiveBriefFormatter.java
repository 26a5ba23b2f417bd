package org.voxgate.shell.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

/**
 * {@code show call active voice brief} in the IOS layout (semantics.md 1.9): the call-leg counters, then three
 * lines per leg. IOS's leg line is
 * {@code <ID> : <CallID> <start>ms.<index> (<start>) +<connect> pid:<peer_id> <dir> <addr> <state>}; Voxgate has
 * no per-leg CallID nor uptime-based start, so those two fields are left out and the rest keeps its order.
 * Media counters (tx/rx, rtt, loss, codec) are not known (media flows around the gateway) and are omitted.
 */
final class CallActiveBriefFormatter {
    /** IOS setup-time format, e.g. {@code *11:50:45.045 UTC Tue Jul 23 2024}. */
    static final DateTimeFormatter SETUP_TIME =
            DateTimeFormatter.ofPattern("'*'HH:mm:ss.SSS 'UTC' EEE MMM d yyyy", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    private CallActiveBriefFormatter() {}

    /** @param now the current time (epoch ms), for the {@code dur} of connected calls */
    static String format(List<CallDTO> calls, long now) {
        int telephony = 0;
        int sip = 0;
        int total = 0;
        for (CallDTO c : calls) {
            for (LegDTO leg : legs(c)) {
                total++;
                if ("SIP".equalsIgnoreCase(leg.protocol)) {
                    sip++;
                } else if ("POTS".equalsIgnoreCase(leg.protocol)) {
                    telephony++;
                }
            }
        }
        StringBuilder b = new StringBuilder(512 + 300 * total);
        b.append("Telephony call-legs: ").append(telephony).append('\n');
        b.append("SIP call-legs: ").append(sip).append('\n');
        b.append("H323 call-legs: 0\n");
        b.append("Call agent controlled call-legs: 0\n");
        b.append("SCCP call-legs: 0\n");
        b.append("STCAPP call-legs: 0\n");
        b.append("Multicast call-legs: 0\n");
        b.append("Total call-legs: ").append(total).append('\n');
        for (CallDTO c : calls) {
            for (LegDTO leg : legs(c)) {
                appendLeg(b, c, leg, now);
            }
        }
        return b.toString();
    }

    private static List<LegDTO> legs(CallDTO c) {
        return c.legs == null ? List.of() : c.legs;
    }

    private static void appendLeg(StringBuilder b, CallDTO c, LegDTO leg, long now) {
        b.append(IosText.orEmpty(c.id)).append(" :");
        if (c.setupTime > 0) {
            b.append(" (").append(SETUP_TIME.format(Instant.ofEpochMilli(c.setupTime))).append(')');
        }
        if (c.connectTime > 0 && c.setupTime > 0) {
            b.append(" +").append(Math.max(0, c.connectTime - c.setupTime));
        }
        b.append(" pid:").append(leg.peerTag);
        if (!IosText.isBlank(leg.role)) {
            b.append(' ').append(leg.role);
        }
        String number = number(c, leg);
        if (!IosText.isBlank(number)) {
            b.append(' ').append(number);
        }
        if (c.state != null) {
            b.append(' ').append(state(c.state));
        }
        b.append('\n');

        b.append(" dur ").append(duration(c.connectTime > 0 ? now - c.connectTime : 0)).append('\n');

        if ("POTS".equalsIgnoreCase(leg.protocol)) {
            b.append(" Tele");
            if (!IosText.isBlank(leg.potsPort)) {
                b.append(' ').append(leg.potsPort);
            }
        } else {
            b.append(" IP");
            if (!IosText.isBlank(leg.remoteAddress)) {
                b.append(' ').append(IosText.hostPort(leg.remoteAddress, leg.remotePort));
            }
        }
        b.append('\n');
    }

    /** IOS shows the calling number on the Answer leg and the called number on the Originate leg. */
    static String number(CallDTO c, LegDTO leg) {
        if ("Originate".equalsIgnoreCase(leg.role)) {
            return leg.calledNumber != null ? leg.calledNumber : c.calledNumber;
        }
        return leg.callingNumber != null ? leg.callingNumber : c.callingNumber;
    }

    /** {@code active} for an ACTIVE call, else the call state lowercased. */
    static String state(String callState) {
        return callState.equalsIgnoreCase("ACTIVE") ? "active" : callState.toLowerCase(Locale.ROOT);
    }

    static String duration(long millis) {
        long s = Math.max(0, millis) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
