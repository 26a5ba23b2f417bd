package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;
import org.voxgate.api.dialplan.DialPeerDTO;

/** Hand-built DTOs for the formatter and dispatcher tests. */
final class Dtos {
    private Dtos() {}

    static DialPeerDTO voip(int tag, String pattern, String target) {
        DialPeerDTO p = new DialPeerDTO();
        p.tag = tag;
        p.type = "voip";
        p.adminUp = true;
        p.operUp = true;
        p.destinationPattern = pattern;
        p.sessionTarget = target;
        p.sessionProtocol = "sipv2";
        p.sessionTransport = "system";
        p.dtmfRelay = List.of();
        p.codec = "g729r8";
        return p;
    }

    static DialPeerDTO pots(int tag, String pattern, String port) {
        DialPeerDTO p = new DialPeerDTO();
        p.tag = tag;
        p.type = "pots";
        p.adminUp = true;
        p.operUp = true;
        p.destinationPattern = pattern;
        p.port = port;
        p.dtmfRelay = List.of();
        return p;
    }

    static LegDTO sipLeg(String role, String callId, int peerTag, String host, int port) {
        LegDTO l = new LegDTO();
        l.role = role;
        l.protocol = "SIP";
        l.sipCallId = callId;
        l.state = "STATE_ACTIVE (7)";
        l.peerTag = peerTag;
        l.callingNumber = "4001";
        l.calledNumber = "5551234";
        l.remoteAddress = host;
        l.remotePort = port;
        l.transport = "UDP";
        l.dtmfRelay = "inband-voice";
        return l;
    }

    static CallDTO call(String id, long setup, long connect, String state, LegDTO... legs) {
        CallDTO c = new CallDTO();
        c.id = id;
        c.setupTime = setup;
        c.connectTime = connect;
        c.state = state;
        c.callingNumber = "4001";
        c.calledNumber = "5551234";
        c.legs = List.of(legs);
        return c;
    }
}
