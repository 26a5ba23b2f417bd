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
    /** Redirection (3xx) message handling ({@code [no] redirection}). */
    public boolean redirectHandling;
    /** {@code retry invite N}: INVITE retransmissions before giving up on a peer, 1-10. */
    public int retryInvite;
    /** {@code retry bye N}, 1-10. */
    public int retryBye;
    /** {@code retry cancel N}, 1-10. */
    public int retryCancel;
    /** {@code timers trying MS}: first INVITE retransmission interval (T1 of the INVITE), 100-1000. */
    public int timersTryingMs;
    /** {@code timers expires MS}: how long an outgoing INVITE may ring unanswered, 60000-300000. */
    public int timersExpiresMs;
    /** {@code sip-server ...} as configured (e.g. "ipv4:127.0.0.1:5070"), or null. */
    public String sipServer;
}
