package org.voxgate.api.call;

import org.osgi.dto.DTO;

/** One call leg (a SIP dialog or a POTS port). */
public class LegDTO extends DTO {
    /** "Answer" for the leg that came in, "Originate" for the one Voxgate placed (IOS wording). */
    public String role;
    /** "SIP" or "POTS". */
    public String protocol;
    public String sipCallId;
    /** IOS-style SIP call state, e.g. "STATE_ACTIVE (7)". */
    public String state;
    public int peerTag;
    public String callingNumber;
    public String calledNumber;
    /** Remote signalling address and port, and transport ("UDP"/"TCP"). */
    public String remoteAddress;
    public int remotePort;
    public String transport;
    /** POTS port (X/Y/Z), or null. */
    public String potsPort;
    /** Negotiated DTMF relay as IOS shows it: rtp-nte, sip-info, sip-notify, sip-kpml or inband-voice. */
    public String dtmfRelay;
    /** RTP payload type of telephone-event on this leg when the relay is rtp-nte; 0 otherwise. */
    public int dtmfPayloadType;
    /** "flow-through" when Voxgate relays the media, "flow-around" when the SDP passes unchanged. */
    public String mediaMode;
}
