package org.voxgate.api.sipua;

import java.util.Map;

import org.osgi.dto.DTO;

/**
 * SIP message counters since the stack started or {@link SipStatistics#clear() was cleared}. Every map holds
 * only the keys seen since then: a missing key means 0. Received ("In") and sent ("Out") counts include
 * retransmissions.
 */
public class SipStatisticsDTO extends DTO {
    /** Key of {@link #requestsIn}/{@link #requestsOut} for methods outside the ones Voxgate names. */
    public static final String OTHER_METHOD = "OTHER";
    /** Key of {@link #retries} for retransmitted responses. */
    public static final String RESPONSE = "RESPONSE";

    /**
     * True while counting is switched off (PID {@code org.voxgate.sip}, {@code message.statistics} false): the
     * counters then keep the values they had.
     */
    public boolean countingOff;
    /** When counting started or the counters were last cleared, ms since the epoch. */
    public long since;
    /** Requests received, by method (upper case: INVITE, ACK, BYE, ... or {@link #OTHER_METHOD}). */
    public Map<String, Long> requestsIn;
    /** Requests sent, by method. */
    public Map<String, Long> requestsOut;
    /** Responses received, by status code in decimal ("100", "180", "200", "486"). */
    public Map<String, Long> responsesIn;
    /** Responses sent, by status code in decimal. */
    public Map<String, Long> responsesOut;
    /** 200 responses received, by the method in their CSeq (INVITE is IOS's OkInvite, BYE OkBye...). */
    public Map<String, Long> okIn;
    /** 200 responses sent, by the method in their CSeq. */
    public Map<String, Long> okOut;
    /**
     * Retransmissions the stack sent: by the method of the request resent, and {@link #RESPONSE} for
     * responses sent again (IOS {@code Retry Statistics}).
     */
    public Map<String, Long> retries;
}
