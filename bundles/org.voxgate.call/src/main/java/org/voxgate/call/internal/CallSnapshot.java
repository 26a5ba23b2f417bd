package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

/** Copies a call's state into the API's DTOs for show commands. */
final class CallSnapshot {
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
            legs.add(leg(call.in, call.calling, call.called));
        } else if (call.caller instanceof PortCaller port) {
            legs.add(pots("Answer", port.portId, call.calling, call.called, 0));
        }
        Leg out = call.out;
        if (out == null && call.attempt != null) {
            out = call.attempt.leg;
        }
        PortLeg portLeg = call.portLeg;
        if (out != null) {
            legs.add(leg(out, call.calling, call.called));
        } else if (portLeg != null) {
            legs.add(pots("Originate", portLeg.portId, call.calling, call.called, portLeg.target.peerTag()));
        }
        dto.legs = legs;
        return dto;
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
        return dto;
    }
}
