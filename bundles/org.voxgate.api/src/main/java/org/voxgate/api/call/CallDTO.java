package org.voxgate.api.call;

import java.util.List;

import org.osgi.dto.DTO;

/** A call: one incoming leg and, once routed, one outgoing leg. */
public class CallDTO extends DTO {
    /** Short call identifier shown by show commands (hex). */
    public String id;
    /** Milliseconds since the epoch. */
    public long setupTime;
    /** Milliseconds since the epoch, 0 until answered. */
    public long connectTime;
    /** e.g. "SETUP", "ALERTING", "ACTIVE", "DISCONNECTING". */
    public String state;
    public String callingNumber;
    public String calledNumber;
    public List<LegDTO> legs;
}
