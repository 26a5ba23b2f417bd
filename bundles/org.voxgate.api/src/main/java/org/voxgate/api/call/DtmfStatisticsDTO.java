package org.voxgate.api.call;

import org.osgi.dto.DTO;

/** Digits relayed by one DTMF method: received from a leg by it, and sent to a leg by it. */
public class DtmfStatisticsDTO extends DTO {
    /** IOS keyword: rtp-nte, sip-info, sip-notify, sip-kpml, inband. */
    public String method;
    public long received;
    public long sent;
}
