package org.voxgate.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

/**
 * {@code show sip-ua calls} in the IOS layout (semantics.md 1.9). Each SIP leg is one SIP call: the leg
 * Voxgate placed ({@code Originate}) is a UAC call, the one it answered ({@code Answer}) a UAS call. Lines for
 * values Voxgate does not have (substate, bit flags, local signalling address, media streams, codec) are left
 * out.
 */
final class SipUaCallsFormatter {
    private SipUaCallsFormatter() {}

    static String format(List<CallDTO> calls) {
        List<LegDTO> uac = new ArrayList<>();
        List<LegDTO> uas = new ArrayList<>();
        for (CallDTO c : calls) {
            if (c.legs == null) {
                continue;
            }
            for (LegDTO leg : c.legs) {
                if (!"SIP".equalsIgnoreCase(leg.protocol)) {
                    continue;
                }
                if ("Originate".equalsIgnoreCase(leg.role)) {
                    uac.add(leg);
                } else if ("Answer".equalsIgnoreCase(leg.role)) {
                    uas.add(leg);
                }
            }
        }
        StringBuilder b = new StringBuilder(512 + 400 * (uac.size() + uas.size()));
        b.append("Total SIP call legs:").append(uac.size() + uas.size())
                .append(", User Agent Client:").append(uac.size())
                .append(", User Agent Server:").append(uas.size()).append('\n');
        b.append("SIP UAC CALL INFO\n");
        appendLegs(b, uac);
        b.append("   Number of SIP User Agent Client(UAC) calls: ").append(uac.size()).append('\n');
        b.append('\n');
        b.append("SIP UAS CALL INFO\n");
        appendLegs(b, uas);
        b.append("   Number of SIP User Agent Server(UAS) calls: ").append(uas.size()).append('\n');
        return b.toString();
    }

    private static void appendLegs(StringBuilder b, List<LegDTO> legs) {
        b.append('\n');
        int n = 0;
        for (LegDTO leg : legs) {
            appendLeg(b, ++n, leg);
            b.append('\n');
        }
    }

    private static void appendLeg(StringBuilder b, int n, LegDTO leg) {
        b.append("Call ").append(n).append('\n');
        b.append("SIP Call ID                : ").append(IosText.orEmpty(leg.sipCallId)).append('\n');
        field(b, "State of the call       : ", leg.state);
        field(b, "Calling Number          : ", leg.callingNumber);
        field(b, "Called Number           : ", leg.calledNumber);
        if (!IosText.isBlank(leg.remoteAddress)) {
            field(b, "Destn SIP Req Addr:Port : ", IosText.bracketedHostPort(leg.remoteAddress, leg.remotePort));
        }
        field(b, "Media Mode              : ", leg.mediaMode == null ? "flow-around" : leg.mediaMode);
        if (!IosText.isBlank(leg.dtmfRelay)) {
            // IOS prints these per media stream (5-space indent); the other stream details are not shown yet.
            b.append("     Negotiated Dtmf-relay    : ").append(leg.dtmfRelay).append('\n');
            b.append("     Dtmf-relay Payload Type  : ").append(leg.dtmfPayloadType).append('\n');
        }
    }

    private static void field(StringBuilder b, String label, String value) {
        if (value != null) {
            b.append("   ").append(label).append(value).append('\n');
        }
    }
}
