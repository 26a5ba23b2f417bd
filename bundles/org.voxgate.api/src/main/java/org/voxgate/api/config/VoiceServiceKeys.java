package org.voxgate.api.config;

/** Attribute keys of {@link ConfigPids#VOICE_SERVICE}; each names its IOS command. */
public final class VoiceServiceKeys {
    /** {@code voice service voip} / {@code allow-connections sip to sip}: bridge SIP-to-SIP calls; default false. */
    public static final String ALLOW_SIP_TO_SIP = "allow.connections.sip.to.sip";
    /** {@code voice service voip} / {@code redirect ip2ip}: answer SIP-to-SIP calls with 3xx; default false. */
    public static final String REDIRECT_IP2IP = "redirect.ip2ip";
    /** {@code voice service voip} / {@code sip} / {@code redirect contact order longest-match|best-match}. */
    public static final String REDIRECT_CONTACT_ORDER = "redirect.contact.order";
    public static final String REDIRECT_CONTACT_ORDER_DEFAULT = "longest-match";
    /** {@code voice service voip} / {@code sip} / {@code session transport udp|tcp}: default of the dial peers; udp. */
    public static final String SESSION_TRANSPORT = "session.transport";
    /** {@code voice service voip} / {@code sip} / {@code transport switch udp tcp}: default false. */
    public static final String TRANSPORT_SWITCH = "transport.switch";

    /** {@code voice service voip} / {@code shutdown [forced]}: "graceful" or "forced"; absent = in service. */
    public static final String SHUTDOWN = "shutdown";
    /** {@code voice service voip} / {@code sip} / {@code call service stop [forced]}: "graceful" or "forced"; absent = up. */
    public static final String CALL_SERVICE_STOP = "call.service.stop";
    /** Value of {@link #SHUTDOWN} and {@link #CALL_SERVICE_STOP} without {@code forced}: drain the calls up. */
    public static final String STOP_GRACEFUL = "graceful";
    /** Value of {@link #SHUTDOWN} and {@link #CALL_SERVICE_STOP} with {@code forced}: end the calls up. */
    public static final String STOP_FORCED = "forced";
    /** {@code voice service voip} / {@code sip} / {@code bind control source-interface IF} (canonical IOS name). */
    public static final String BIND_CONTROL_SOURCE_INTERFACE = "bind.control.source.interface";
    /** {@code voice service voip} / {@code sip} / {@code bind media source-interface IF} (canonical IOS name). */
    public static final String BIND_MEDIA_SOURCE_INTERFACE = "bind.media.source.interface";
    /** {@code voice service voip} / {@code sip} / {@code min-se N}: Min-SE seconds, 90-86400, default 1800. */
    public static final String MIN_SE = "min.se";
    public static final int MIN_SE_MIN = 90;
    public static final int MIN_SE_MAX = 86400;
    public static final int MIN_SE_DEFAULT = 1800;
    /** {@code voice service voip} / {@code sip} / {@code subscription maximum accept N}; default twice the dial peers. */
    public static final String SUBSCRIPTION_MAXIMUM_ACCEPT = "subscription.maximum.accept";
    /** {@code voice service voip} / {@code sip} / {@code subscription maximum originate N}; default twice the dial peers. */
    public static final String SUBSCRIPTION_MAXIMUM_ORIGINATE = "subscription.maximum.originate";
    public static final int SUBSCRIPTION_MAXIMUM_MIN = 1;
    public static final int SUBSCRIPTION_MAXIMUM_MAX = 65535;

    private VoiceServiceKeys() {}
}
