package org.voxgate.api.config;

/** Attribute keys of {@link ConfigPids#SIP_UA}; each names its IOS command. */
public final class SipUaKeys {
    /** {@code sip-ua} / {@code max-forwards N}, 1-70, default 70. */
    public static final String MAX_FORWARDS = "max.forwards";
    public static final int MAX_FORWARDS_DEFAULT = 70;
    public static final int MAX_FORWARDS_MIN = 1;
    public static final int MAX_FORWARDS_MAX = 70;

    /** {@code sip-ua} / {@code retry invite N}: INVITE retransmissions, 1-10, default 6. */
    public static final String RETRY_INVITE = "retry.invite";
    public static final int RETRY_INVITE_DEFAULT = 6;
    /** {@code sip-ua} / {@code retry bye N}, 1-10, default 10. */
    public static final String RETRY_BYE = "retry.bye";
    /** {@code sip-ua} / {@code retry cancel N}, 1-10, default 10. */
    public static final String RETRY_CANCEL = "retry.cancel";
    /** {@code sip-ua} / {@code timers trying MS}: wait for 100 before retransmitting INVITE, 100-1000, default 500. */
    public static final String TIMERS_TRYING = "timers.trying";
    public static final int TIMERS_TRYING_DEFAULT = 500;
    /** {@code sip-ua} / {@code timers expires MS}: how long an outgoing INVITE is valid, 60000-300000, default 180000. */
    public static final String TIMERS_EXPIRES = "timers.expires";
    public static final int TIMERS_EXPIRES_DEFAULT = 180000;
    /** {@code sip-ua} / {@code sip-server ipv4:A[:port] | dns:host[:port]}: target of {@code session target sip-server}. */
    public static final String SIP_SERVER = "sip.server";
    /** {@code sip-ua} / {@code [no] redirection}... shown as "Redirection (3xx) message handling"; default true. */
    public static final String REDIRECT_HANDLING = "redirect.handling";

    private SipUaKeys() {}
}
