package org.voxgate.api.dialplan;

import java.util.List;

import org.osgi.dto.DTO;

/** One dial peer as configured, with its administrative and operational state. */
public class DialPeerDTO extends DTO {
    public int tag;
    /** "voip" or "pots". */
    public String type;
    public String description;
    public boolean adminUp;
    public boolean operUp;
    /** Why the peer is operationally down (e.g. "no session target"), null when up. */
    public String operDownReason;
    public String destinationPattern;
    public int preference;
    public boolean huntstop;
    public String sessionTarget;
    public String sessionProtocol;
    /** "udp", "tcp" or "system". */
    public String sessionTransport;
    public boolean transportSwitch;
    public String incomingCalledNumber;
    public String answerAddress;
    public List<String> dtmfRelay;
    public String codec;
    public boolean redirectIp2ip;
    /** POTS only. */
    public String port;
    public String prefix;
    public String forwardDigits;
}
