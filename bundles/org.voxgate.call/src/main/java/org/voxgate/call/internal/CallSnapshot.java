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
        legs.add(leg(call.in, call.calling, call.called));
        Leg out = call.out;
        if (out == null && call.attempt != null) {
            out = call.attempt.leg;
        }
        if (out != null) {
            legs.add(leg(out, call.calling, call.called));
        }
        dto.legs = legs;
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
