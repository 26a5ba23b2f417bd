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
    /** {@code timers connect MS}: IOS waits this long for the 200 to an ACK, 100-1000 (shown, not acted on). */
    public int timersConnectMs;
    /** {@code timers disconnect MS}: wait for the 200 to a BYE before retransmitting, 100-1000 (shown, not acted on). */
    public int timersDisconnectMs;
    /** {@code timers comet MS}: COMET retransmit timer, 100-1000 (shown, not acted on). */
    public int timersCometMs;
    /** {@code timers prack MS}: PRACK retransmit timer, 50-10000 (shown, not acted on). */
    public int timersPrackMs;
    /** {@code timers rel1xx MS}: reliable 1xx retransmit timer, 1-64000 (shown, not acted on). */
    public int timersRel1xxMs;
    /** {@code timers notify MS}: NOTIFY retransmit timer, 100-1000 (shown, not acted on). */
    public int timersNotifyMs;
    /** {@code sip-server ...} as configured (e.g. "ipv4:127.0.0.1:5070"), or null. */
    public String sipServer;
}
