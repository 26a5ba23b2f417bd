package org.voxgate.api.sipua;

import org.osgi.dto.DTO;

/** The {@code sip-ua} settings in force, as {@code show sip-ua status} reports them. */
public class SipUaSettingsDTO extends DTO {
    /** {@code max-forwards}, 1-70. */
    public int maxForwards;
    /** Early media for 180 responses that carry SDP. */
    public boolean earlyMedia180;
    /** {@code notify telephone-event max-duration}, ms. */
    public int notifyMaxDurationMs;
    /** Redirection (3xx) message handling. */
    public boolean redirectHandling;
}
