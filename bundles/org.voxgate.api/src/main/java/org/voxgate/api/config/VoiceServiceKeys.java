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

    /** {@code voice service voip} / {@code shutdown [forced]}: voice service shut; default false. */
    public static final String SHUTDOWN = "shutdown";
    /** ... {@code forced}: calls in progress are released at once instead of draining. */
    public static final String SHUTDOWN_FORCED = "shutdown.forced";
    /** {@code voice service voip} / {@code sip} / {@code call service stop [forced]}: SIP service shut; default false. */
    public static final String CALL_SERVICE_STOP = "call.service.stop";
    /** ... {@code forced}: SIP calls in progress are released at once. */
    public static final String CALL_SERVICE_STOP_FORCED = "call.service.stop.forced";

    private VoiceServiceKeys() {}
}
