package org.voxgate.api.call;

import org.osgi.dto.DTO;

/** State of the SIP service, as {@code show sip service} reports it. */
public class SipServiceDTO extends DTO {
    /** "up", "shut" (draining: new calls refused, calls up continue) or "forced" (calls released). */
    public String state;
    /** Where it was shut: "voice service voip" or "voice service voip / sip"; null when up. */
    public String shutBy;
    /** Calls still up (draining). */
    public int callsUp;
}
