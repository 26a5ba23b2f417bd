package org.voxgate.itests.dist;

/**
 * Every port these tests use, in one place so that no two tests (nor the in-framework itests of
 * itests/osgi, which use 25460-25499) collide. All on 127.0.0.1 and in 25100-25999 (SrstIT: 26000-26099,
 * RegistrarClientIT: 26100-26199, SrstAuthIT: 26200-26209, RegistrarTcpIT: 26210-26219, DtmfUaTest and
 * DtmfInterworkingIT: 26300-26399, DtmfSippIT and DtmfHotSwapIT: 26400-26419, DtmfRelayHotSwapIT: 26420-26439), except the
 * gateway's default 5060 in {@link DefaultConfigurationIT}.
 */
final class Ports {
    static final int DEFAULT_SIP = 5060;
    static final int SIPP_DEFAULT_UDP = 25900;
    static final int SIPP_DEFAULT_TCP = 25901;

    static final int H1_SIP = 25160;
    static final int H2_SIP = 25260;
    static final int SIPP_H1_UDP = 25910;
    static final int SIPP_H1_TCP = 25911;
    static final int SIPP_H2_UDP = 25912;
    static final int SIPP_H2_TCP = 25913;

    static final int BAD_CONFIG_SIP = 25360;
    static final int BAD_CONFIG_PROBE_UDP = 25361;
    static final int BAD_CONFIG_PROBE_TCP_FROM = 25362;
    static final int BAD_CONFIG_PROBE_TCP_TO = 25379;

    static final int SHUTDOWN_SIP = 25560;
    static final int SHUTDOWN_PROBE_UDP = 25561;
    static final int SHUTDOWN_PROBE_TCP_FROM = 25562;
    static final int SHUTDOWN_PROBE_TCP_TO = 25579;

    static final int SECURITY_SIP = 25660;

    // RunningConfigIT (25700-25759): the instance under test, then a fresh one loading its running-config
    static final int RUNNING_CONFIG_SIP = 25700;
    static final int RUNNING_CONFIG_FRESH_SIP = 25710;

    static final int MALFORMED_SIP = 25760;
    static final int MALFORMED_UDP = 25761;
    static final int MALFORMED_TCP_FROM = 25762;
    static final int MALFORMED_TCP_TO = 25789;

    static final int EXISTING_HOME_SIP = 25860;
    static final int EXISTING_HOME_PROBE_UDP = 25861;

    static final int FEATURE_SIP = 25960;
    static final int FEATURE_PROBE_UDP = 25961;

    static final int PORT_IN_USE_SIP = 25970;

    // CallIT: a gateway bridging SIPp callers to SIPp callees
    static final int CALL_SIP = 25200;
    static final int CALL_UAS_UDP = 25201;
    static final int CALL_UAS_TCP = 25202;
    static final int CALL_UAC = 25203;
    /** Nothing listens here (TCP connect refused): the unreachable peer for hunting. */
    static final int CALL_DEAD_PEER = 25204;
    static final int CALL_PROBE_UDP = 25205;

    // RedirectIT
    static final int REDIRECT_SIP = 25300;
    static final int REDIRECT_PROBE_UDP = 25301;
    static final int REFUSE_SIP = 25302;
    // PotsIT
    static final int POTS_SIP = 25320;
    static final int POTS_UAC = 25321;
    static final int POTS_UAS = 25325;

    // TollBypassIT (25400-25459): two gateways, each with a SIPp caller and callee at its site
    static final int TOLL_A_SIP = 25400;
    static final int TOLL_A_UAS = 25401;
    static final int TOLL_A_UAC = 25402;
    static final int TOLL_B_SIP = 25410;
    static final int TOLL_B_UAS = 25411;
    static final int TOLL_B_UAC = 25412;

    // 25600-25659: DialPeerHotSwapIT, ReinviteIT, RedirectFollowIT (25660 is SECURITY_SIP)
    static final int HOTSWAP_SIP = 25600;
    static final int HOTSWAP_UAS = 25601;
    static final int HOTSWAP_UAC = 25602;

    static final int REINVITE_SIP = 25610;
    static final int REINVITE_UAS = 25611;
    static final int REINVITE_UAC = 25612;

    static final int REDIRECT_FOLLOW_SIP = 25620;
    static final int REDIRECT_OFF_SIP = 25621;
    /** The callee that answers 302. */
    static final int REDIRECT_MOVED_UAS = 25622;
    /** Where the 302's Contact points. */
    static final int REDIRECT_TARGET_UAS = 25623;
    static final int REDIRECT_UAC = 25624;

    // SipServiceIT
    static final int SERVICE_SIP = 25640;
    static final int SERVICE_UAS = 25641;
    static final int SERVICE_UAC = 25642;
    static final int SERVICE_PROBE_UDP = 25643;
    // SrstIT (26000-26099): the gateway as SRST registrar, SIPp phones registering and being called
    static final int SRST_SIP = 26000;
    /** SIPp registering the 10,000 CSV users (their Contact is this port). */
    static final int SRST_REGISTRAR_UAC = 26001;
    /** The SIPp callee: registers its number from this port, then answers the call there. */
    static final int SRST_UAS = 26002;
    static final int SRST_CALLER = 26003;
    /** Hand-written REGISTERs (423, granted max, queries). */
    static final int SRST_PROBE_UDP = 26004;
    // RegistrarClientIT (26100-26119): a gateway registering its POTS lines with two Kamailio registrars
    static final int REGISTRAR_CLIENT_SIP = 26100;
    static final int KAMAILIO_PRIMARY = 26101;
    static final int KAMAILIO_SECONDARY = 26102;
    static final int REGISTRAR_CLIENT_PROBE_UDP = 26103;
    // SrstAuthIT (26200-26209): the SRST registrar and its pool from IOS text, SIPp phones with digest auth
    static final int SRST_AUTH_SIP = 26200;
    /** SIPp registering with -au/-ap. */
    static final int SRST_AUTH_UAC = 26201;
    /** Hand-written REGISTERs (the refusals compared, the authenticated 200). */
    static final int SRST_AUTH_PROBE_UDP = 26202;
    // RegistrarTcpIT (26210-26219): the registrar client over TCP to a Kamailio listening on UDP and TCP
    static final int REGISTRAR_TCP_SIP = 26210;
    static final int KAMAILIO_TCP = 26211;
    // DtmfSippIT, DtmfHotSwapIT (26400-26419): DTMF relayed between two SIPp legs
    static final int DTMF_SIPP_SIP = 26400;
    static final int DTMF_SIPP_UAC = 26401;
    static final int DTMF_SIPP_UAS = 26402;
    static final int DTMF_HOTSWAP_SIP = 26410;
    static final int DTMF_HOTSWAP_UAC = 26411;
    static final int DTMF_HOTSWAP_UAS = 26412;
    // DtmfRelayHotSwapIT (26420-26439): a DtmfUa caller and callee, each relay bundle stopped and started mid-call
    static final int DTMF_SWAP_SIP = 26420;
    static final int DTMF_SWAP_CALLER_SIP = 26421;
    static final int DTMF_SWAP_CALLEE_SIP = 26422;
    static final int DTMF_SWAP_CALLER_RTP = 26424;
    static final int DTMF_SWAP_CALLEE_RTP = 26426;
    // OverloadIT (26500-26509): a gateway refusing part of a burst of new calls, SIPp caller and callee
    static final int OVERLOAD_SIP = 26500;
    static final int OVERLOAD_UAS = 26501;
    static final int OVERLOAD_UAC = 26502;
    // 25800-25859: SipStatisticsIT (25800-25809); bench/sipstats.py uses 25810-25811, the unit tests of
    // org.voxgate.sip 25850-25851 (25860 is EXISTING_HOME_SIP)
    static final int SIPSTATS_SIP = 25800;
    static final int SIPSTATS_UDP = 25801;
    /** A UDP socket that never answers: the dial peer whose INVITE the gateway retransmits. */
    static final int SIPSTATS_SILENT_PEER = 25802;
    // 26300-26399: DTMF. DtmfUaTest (26300-26309): two DtmfUa talking to each other, no gateway.
    static final int DTMF_UA_A_SIP = 26300;
    static final int DTMF_UA_A_RTP = 26302;
    static final int DTMF_UA_B_SIP = 26304;
    static final int DTMF_UA_B_RTP = 26306;
    // DtmfInterworkingIT (26320-26379): the gateway, then one callee and one caller DtmfUa per DtmfMethod
    // (ordinal i = 0..4): callee SIP 26330+i, RTP 26340+2i; caller SIP 26350+i, RTP 26360+2i
    static final int DTMF_SIP = 26320;
    static final int DTMF_CALLEE_SIP = 26330;
    static final int DTMF_CALLEE_RTP = 26340;
    static final int DTMF_CALLER_SIP = 26350;
    static final int DTMF_CALLER_RTP = 26360;

    private Ports() {}
}
