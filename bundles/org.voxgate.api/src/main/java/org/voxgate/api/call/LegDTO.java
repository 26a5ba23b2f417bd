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
    /** Negotiated DTMF relay ("inband-voice" until the DTMF work lands). */
    public String dtmfRelay;
}
