package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

/** Copies a call's state into the API's DTOs for show commands. */
final class CallSnapshot {
    private static final java.util.regex.Pattern PAYLOAD_TYPE = java.util.regex.Pattern.compile("\\bpt (\\d+)");
    private CallSnapshot() {}

    static CallDTO of(Call call) {
        CallDTO dto = new CallDTO();
        dto.id = call.id;
        dto.setupTime = call.setupTime;
        dto.connectTime = call.connectTime;
        dto.state = call.state;
        dto.callingNumber = call.calling;
        dto.calledNumber = call.called;
        List<LegDTO> legs = new ArrayList<>();
        if (call.in != null) {
            legs.add(dtmf(leg(call.in, call.calling, call.called), call.dtmf.a));
        } else if (call.caller instanceof PortCaller port) {
            legs.add(pots("Answer", port.portId, call.calling, call.called, 0));
        }
        Leg out = call.out;
        if (out == null && call.attempt != null) {
            out = call.attempt.leg;
        }
        PortLeg portLeg = call.portLeg;
        if (out != null) {
            legs.add(out == call.out ? dtmf(leg(out, call.calling, call.called), call.dtmf.b) : leg(out, call.calling, call.called));
        } else if (portLeg != null) {
            legs.add(pots("Originate", portLeg.portId, call.calling, call.called, portLeg.target.peerTag()));
        }
        String mode = call.media.anchored() ? "flow-through" : "flow-around";
        legs.forEach(l -> l.mediaMode = "SIP".equals(l.protocol) ? mode : null);
        dto.legs = legs;
        return dto;
    }

    private static LegDTO dtmf(LegDTO dto, LegDtmf leg) {
        dto.dtmfRelay = leg.shown();
        org.voxgate.spi.dtmf.DtmfSession s = leg.session;
        String extra = "";
        try {
            extra = s == null ? "" : s.describe();
        } catch (RuntimeException | LinkageError e) {
            extra = ""; // a relay being swapped out
        }
        dto.dtmfPayloadType = payloadType(extra);
        return dto;
    }

    /** The telephone-event payload type a relay reports as {@code "pt N"}; 0 when none (IOS prints 0). */
    private static int payloadType(String describe) {
        java.util.regex.Matcher m = PAYLOAD_TYPE.matcher(describe == null ? "" : describe);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static LegDTO pots(String role, String port, String calling, String called, int peerTag) {
        LegDTO dto = new LegDTO();
        dto.role = role;
        dto.protocol = "POTS";
        dto.potsPort = port;
        dto.peerTag = peerTag;
        dto.callingNumber = calling;
        dto.calledNumber = called;
        dto.dtmfRelay = "inband-voice";
        return dto;
    }

    private static LegDTO leg(Leg leg, String calling, String called) {
        LegDTO dto = new LegDTO();
        dto.role = leg.role;
        dto.protocol = "SIP";
        dto.sipCallId = leg.callId;
        dto.state = leg.state;
        dto.peerTag = leg.peerTag;
        dto.callingNumber = calling;
        dto.calledNumber = called;
        dto.remoteAddress = leg.remoteHost;
        dto.remotePort = leg.remotePort;
        dto.transport = leg.transport.toUpperCase();
        dto.dtmfRelay = "inband-voice";
        dto.mediaMode = "flow-around";
        return dto;
    }
}
