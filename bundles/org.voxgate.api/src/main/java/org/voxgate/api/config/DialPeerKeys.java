package org.voxgate.api.config;

/**
 * Attribute keys of a dial peer, factory PID {@link ConfigPids#DIAL_PEER}, configuration name = the tag.
 * Absent attributes take the IOS default named with each key.
 */
public final class DialPeerKeys {
    /** {@code dial-peer voice TAG ...}: 1-2147483647 (Integer). */
    public static final String TAG = "tag";
    /** {@code dial-peer voice TAG voip|pots}: "voip" or "pots". */
    public static final String TYPE = "type";
    /** {@code description TEXT}. */
    public static final String DESCRIPTION = "description";
    /** {@code destination-pattern PATTERN} (Cisco pattern syntax). */
    public static final String DESTINATION_PATTERN = "destination.pattern";
    /** {@code preference N}: 0-10, default 0 (lower wins). */
    public static final String PREFERENCE = "preference";
    /** {@code huntstop}: default false. */
    public static final String HUNTSTOP = "huntstop";
    /** {@code session target ipv4:A[:port] | dns:host[:port] | sip-server | registrar} (voip), stored as typed. */
    public static final String SESSION_TARGET = "session.target";
    /** {@code session protocol sipv2}: the only value; default "sipv2". */
    public static final String SESSION_PROTOCOL = "session.protocol";
    /** {@code session transport udp|tcp}: default "system" (= voice service voip / sip / session transport). */
    public static final String SESSION_TRANSPORT = "session.transport";
    /** {@code voice-class sip transport switch udp tcp}: default false (or the global setting). */
    public static final String TRANSPORT_SWITCH = "transport.switch";
    /** {@code incoming called-number PATTERN}. */
    public static final String INCOMING_CALLED_NUMBER = "incoming.called.number";
    /** {@code answer-address PATTERN}. */
    public static final String ANSWER_ADDRESS = "answer.address";
    /** {@code dtmf-relay m1 [m2 ...]}: String[] in preference order (rtp-nte, sip-notify, sip-kpml, sip-info, cisco-rtp, h245-...). */
    public static final String DTMF_RELAY = "dtmf.relay";
    /** {@code codec NAME}: default "g729r8". */
    public static final String CODEC = "codec";
    /** {@code shutdown}: administratively down; default false. */
    public static final String SHUTDOWN = "shutdown";
    /** {@code redirect ip2ip} under the dial peer (overrides the global setting for calls matching it inbound). */
    public static final String REDIRECT_IP2IP = "redirect.ip2ip";
    /** POTS {@code port X/Y/Z}. */
    public static final String PORT = "port";
    /** POTS {@code prefix DIGITS}: digits put in front of the outpulsed number. */
    public static final String PREFIX = "prefix";
    /**
     * POTS {@code forward-digits N|all|extra}; {@code no digit-strip} is "all". Default (absent): IOS strips the
     * explicitly matched digits and forwards only the wildcard-matched ones.
     */
    public static final String FORWARD_DIGITS = "forward.digits";

    private DialPeerKeys() {}
}
