package org.voxgate.api.call;

import org.osgi.dto.DTO;

/** A POTS voice port as {@code show voice port summary} reports it. */
public class VoicePortDTO extends DTO {
    /** IOS name, e.g. "0/0/1". */
    public String id;
    /** e.g. "fxs-ls". */
    public String signalling;
    public boolean adminUp;
    public boolean operUp;
    /** "on-hook" or "off-hook". */
    public String inStatus;
    /** "idle", "ringing" or "in-use". */
    public String outStatus;
}
