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

    private VoiceServiceKeys() {}
}
