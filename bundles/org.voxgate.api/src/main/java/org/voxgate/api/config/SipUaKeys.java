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
    public static final int RETRY_BYE_DEFAULT = 10;
    /** {@code sip-ua} / {@code retry cancel N}, 1-10, default 10. */
    public static final String RETRY_CANCEL = "retry.cancel";
    public static final int RETRY_CANCEL_DEFAULT = 10;
    /** {@code sip-ua} / {@code retry response N}: reliable-response retransmissions, 1-10, default 6. */
    public static final String RETRY_RESPONSE = "retry.response";
    public static final int RETRY_RESPONSE_DEFAULT = 6;
    /** {@code sip-ua} / {@code retry prack N}, 1-10, default 10. */
    public static final String RETRY_PRACK = "retry.prack";
    /** {@code sip-ua} / {@code retry comet N}, 1-10, default 10. */
    public static final String RETRY_COMET = "retry.comet";
    /** {@code sip-ua} / {@code retry rel1xx N}, 1-10, default 6. */
    public static final String RETRY_REL1XX = "retry.rel1xx";
    public static final int RETRY_REL1XX_DEFAULT = 6;
    /** {@code sip-ua} / {@code retry notify N}, 1-10, default 10. */
    public static final String RETRY_NOTIFY = "retry.notify";
    /** {@code sip-ua} / {@code retry refer N}, 1-10, default 10. */
    public static final String RETRY_REFER = "retry.refer";
    /** {@code sip-ua} / {@code retry subscribe N}, 1-10, default 10. */
    public static final String RETRY_SUBSCRIBE = "retry.subscribe";
    /** {@code sip-ua} / {@code retry register N}: REGISTER sends, 1-10, default 10. */
    public static final String RETRY_REGISTER = "retry.register";
    /** Default of the retry counts without a constant of their own. */
    public static final int RETRY_DEFAULT = 10;
    /** {@code sip-ua} / {@code timers trying MS}: wait for 100 before retransmitting INVITE, 100-1000, default 500. */
    public static final String TIMERS_TRYING = "timers.trying";
    public static final int TIMERS_TRYING_DEFAULT = 500;
    /** {@code sip-ua} / {@code timers expires MS}: how long an outgoing INVITE is valid, 60000-300000, default 180000. */
    public static final String TIMERS_EXPIRES = "timers.expires";
    public static final int TIMERS_EXPIRES_DEFAULT = 180000;
    /** {@code sip-ua} / {@code timers connect MS}: wait for 200 to ACK, 100-1000, default 500. */
    public static final String TIMERS_CONNECT = "timers.connect";
    /** {@code sip-ua} / {@code timers disconnect MS}: wait for 200 to BYE, 100-1000, default 500. */
    public static final String TIMERS_DISCONNECT = "timers.disconnect";
    /** {@code sip-ua} / {@code timers comet MS}, 100-1000, default 500. */
    public static final String TIMERS_COMET = "timers.comet";
    /** {@code sip-ua} / {@code timers prack MS}, 100-1000, default 500. */
    public static final String TIMERS_PRACK = "timers.prack";
    /** {@code sip-ua} / {@code timers rel1xx MS}, 100-1000, default 500. */
    public static final String TIMERS_REL1XX = "timers.rel1xx";
    /** {@code sip-ua} / {@code timers notify MS}, 100-1000, default 500. */
    public static final String TIMERS_NOTIFY = "timers.notify";
    /** {@code sip-ua} / {@code timers register MS}: before a REGISTER retransmission, 100-1000, default 500. */
    public static final String TIMERS_REGISTER = "timers.register";
    /** Default of the 100-1000 ms retransmission timers (connect, disconnect, comet, prack, rel1xx, notify, register). */
    public static final int TIMERS_RETRANSMIT_DEFAULT = 500;
    /** {@code sip-ua} / {@code timers connection aging MIN}: idle TCP/UDP connection age-out, minutes, 5-30, default 5. */
    public static final String TIMERS_CONNECTION_AGING = "timers.connection.aging";
    public static final int TIMERS_CONNECTION_AGING_DEFAULT = 5;

    /** {@code sip-ua} / {@code notify telephone-event max-duration MS}: NOTIFY DTMF interval, 500-3000, default 2000. */
    public static final String NOTIFY_MAX_DURATION = "notify.telephone.event.max.duration";
    public static final int NOTIFY_MAX_DURATION_MIN = 500;
    public static final int NOTIFY_MAX_DURATION_MAX = 3000;
    public static final int NOTIFY_MAX_DURATION_DEFAULT = 2000;

    /** {@code sip-ua} / {@code nat symmetric role active|passive}; absent = none ("Role in SDP: NONE"). */
    public static final String NAT_SYMMETRIC_ROLE = "nat.symmetric.role";
    /** {@code sip-ua} / {@code nat symmetric check-media-src}: default false. */
    public static final String NAT_SYMMETRIC_CHECK_MEDIA_SRC = "nat.symmetric.check.media.src";

    /** {@code sip-ua} / {@code calling-info pstn-to-sip unscreened discard}: default false. */
    public static final String CALLING_INFO_PSTN_TO_SIP_UNSCREENED_DISCARD = "calling.info.pstn.to.sip.unscreened.discard";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip from name set NAME}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_FROM_NAME = "calling.info.pstn.to.sip.from.name";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip from number set NUMBER}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_FROM_NUMBER = "calling.info.pstn.to.sip.from.number";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip remote-party-id name set NAME}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_RPID_NAME = "calling.info.pstn.to.sip.remote.party.id.name";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip remote-party-id number set NUMBER}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_RPID_NUMBER = "calling.info.pstn.to.sip.remote.party.id.number";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip asserted-id name set NAME}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_PAID_NAME = "calling.info.pstn.to.sip.asserted.id.name";
    /** {@code sip-ua} / {@code calling-info pstn-to-sip asserted-id number set NUMBER}. */
    public static final String CALLING_INFO_PSTN_TO_SIP_PAID_NUMBER = "calling.info.pstn.to.sip.asserted.id.number";
    /** {@code sip-ua} / {@code calling-info sip-to-pstn name set NAME}. */
    public static final String CALLING_INFO_SIP_TO_PSTN_NAME = "calling.info.sip.to.pstn.name";
    /** {@code sip-ua} / {@code calling-info sip-to-pstn number set NUMBER}. */
    public static final String CALLING_INFO_SIP_TO_PSTN_NUMBER = "calling.info.sip.to.pstn.number";

    /** {@code sip-ua} / {@code credentials [number N] username U password [0|7] P realm R}: the number (optional). */
    public static final String CREDENTIALS_NUMBER = "credentials.number";
    /** {@code credentials ... username U}. */
    public static final String CREDENTIALS_USERNAME = "credentials.username";
    /**
     * {@code credentials ... password P}: stored in clear; {@code show running-config} prints it as type 7. The
     * leading '.' makes it a private property (Declarative Services 112.6): SCR gives it to the components
     * configured by this PID but never publishes it as a service property, which every bundle could read.
     */
    public static final String CREDENTIALS_PASSWORD = ".credentials.password";
    /** {@code credentials ... realm R}. */
    public static final String CREDENTIALS_REALM = "credentials.realm";
    /** {@code sip-ua} / {@code authentication username U password [0|7] P [realm R]}: digest answer to 401/407. */
    public static final String AUTHENTICATION_USERNAME = "authentication.username";
    /**
     * {@code authentication ... password P}: stored in clear; printed as type 7. Private (leading '.'), for the
     * reason given at {@link #CREDENTIALS_PASSWORD}.
     */
    public static final String AUTHENTICATION_PASSWORD = ".authentication.password";
    /** {@code authentication ... realm R} (optional: any realm). */
    public static final String AUTHENTICATION_REALM = "authentication.realm";
    /**
     * Where {@link #CREDENTIALS_PASSWORD} was stored before 1.4 (published as a service property). Read for
     * compatibility only (configurations and {@code etc/*.cfg} files written before); never write it.
     */
    public static final String LEGACY_CREDENTIALS_PASSWORD = "credentials.password";
    /** Where {@link #AUTHENTICATION_PASSWORD} was stored before 1.4. Read for compatibility only; never write it. */
    public static final String LEGACY_AUTHENTICATION_PASSWORD = "authentication.password";

    /** {@code sip-ua} / {@code sip-server ipv4:A[:port] | dns:host[:port]}: target of {@code session target sip-server}. */
    public static final String SIP_SERVER = "sip.server";
    /** {@code sip-ua} / {@code [no] redirection}... shown as "Redirection (3xx) message handling"; default true. */
    public static final String REDIRECT_HANDLING = "redirect.handling";

    private SipUaKeys() {}
}
