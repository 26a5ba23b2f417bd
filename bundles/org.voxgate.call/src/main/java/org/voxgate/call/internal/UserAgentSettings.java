package org.voxgate.call.internal;

import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.api.sipua.SipUserAgent;

/** The {@code sip-ua} settings in force; changed live ({@code @Modified}), never by a restart. */
@Component(immediate = true, service = SipUserAgent.class, configurationPid = ConfigPids.SIP_UA)
@Designate(ocd = UserAgentSettings.Config.class)
public class UserAgentSettings implements SipUserAgent {
    private static final Logger LOG = Logger.getLogger(UserAgentSettings.class.getName());
    /** IOS default of the connect, disconnect, comet, prack, rel1xx and notify timers, ms. */
    static final int TIMER_DEFAULT = 500;

    @ObjectClassDefinition(name = "Voxgate SIP user agent", description = "IOS: sip-ua mode")
    public @interface Config {
        @AttributeDefinition(description = "Max-Forwards of requests the gateway originates or forwards. "
                + "IOS: sip-ua / max-forwards N (1-70)", min = "1", max = "70")
        int max_forwards() default SipUaKeys.MAX_FORWARDS_DEFAULT;

        @AttributeDefinition(description = "INVITE retransmissions before a peer counts as unreachable. "
                + "IOS: sip-ua / retry invite N (1-10)", min = "1", max = "10")
        int retry_invite() default SipUaKeys.RETRY_INVITE_DEFAULT;

        @AttributeDefinition(description = "BYE retransmissions. IOS: sip-ua / retry bye N (1-10)", min = "1", max = "10")
        int retry_bye() default 10;

        @AttributeDefinition(description = "CANCEL retransmissions. IOS: sip-ua / retry cancel N (1-10)", min = "1", max = "10")
        int retry_cancel() default 10;

        @AttributeDefinition(description = "Milliseconds before the first INVITE retransmission, doubling after. "
                + "IOS: sip-ua / timers trying MS (100-1000)", min = "100", max = "1000")
        int timers_trying() default SipUaKeys.TIMERS_TRYING_DEFAULT;

        @AttributeDefinition(description = "Milliseconds an outgoing INVITE may stay unanswered. "
                + "IOS: sip-ua / timers expires MS (60000-300000)", min = "60000", max = "300000")
        int timers_expires() default SipUaKeys.TIMERS_EXPIRES_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet. "
                + "IOS: sip-ua / timers connect MS (100-1000)", min = "100", max = "1000")
        int timers_connect() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet (the stack's Timer F applies to BYE). "
                + "IOS: sip-ua / timers disconnect MS (100-1000)", min = "100", max = "1000")
        int timers_disconnect() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet. "
                + "IOS: sip-ua / timers comet MS (100-1000)", min = "100", max = "1000")
        int timers_comet() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet. "
                + "IOS: sip-ua / timers prack MS (50-10000)", min = "50", max = "10000")
        int timers_prack() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet. "
                + "IOS: sip-ua / timers rel1xx MS (1-64000)", min = "1", max = "64000")
        int timers_rel1xx() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Shown by show sip-ua timers, not acted on yet. "
                + "IOS: sip-ua / timers notify MS (100-1000)", min = "100", max = "1000")
        int timers_notify() default TIMER_DEFAULT;

        @AttributeDefinition(description = "Target of dial peers with session target sip-server. "
                + "IOS: sip-ua / sip-server ipv4:A[:port] | dns:host[:port]", required = false)
        String sip_server();

        @AttributeDefinition(description = "Follow 3xx responses from outbound peers; off maps them to 480. "
                + "IOS: sip-ua / [no] redirection")
        boolean redirect_handling() default true;

        @AttributeDefinition(description = "Longest telephone-event in a NOTIFY (DTMF relay sip-notify), ms; shown by "
                + "show sip-ua status, NOTIFY DTMF relay itself is not active yet. "
                + "IOS: sip-ua / notify telephone-event max-duration MS (500-3000)", min = "500", max = "3000")
        int notify_telephone_event_max_duration() default SipUaKeys.NOTIFY_MAX_DURATION_DEFAULT;
    }

    private volatile SipUaSettingsDTO settings;

    @Activate
    @Modified
    void configure(Config config) {
        settings = toSettings(config);
    }

    static SipUaSettingsDTO toSettings(Config config) {
        SipUaSettingsDTO dto = new SipUaSettingsDTO();
        int mf = config.max_forwards();
        if (mf < SipUaKeys.MAX_FORWARDS_MIN || mf > SipUaKeys.MAX_FORWARDS_MAX) {
            // Config Admin can be written around the IOS parser (FileInstall, scripts): never run with an illegal value.
            LOG.warning("max.forwards " + mf + " out of range 1-70; using " + SipUaKeys.MAX_FORWARDS_DEFAULT);
            mf = SipUaKeys.MAX_FORWARDS_DEFAULT;
        }
        dto.maxForwards = mf;
        dto.earlyMedia180 = true;
        dto.notifyMaxDurationMs = clamp(SipUaKeys.NOTIFY_MAX_DURATION, config.notify_telephone_event_max_duration(),
                SipUaKeys.NOTIFY_MAX_DURATION_MIN, SipUaKeys.NOTIFY_MAX_DURATION_MAX, SipUaKeys.NOTIFY_MAX_DURATION_DEFAULT);
        dto.redirectHandling = config.redirect_handling();
        dto.retryInvite = clamp("retry.invite", config.retry_invite(), 1, 10, SipUaKeys.RETRY_INVITE_DEFAULT);
        dto.retryBye = clamp("retry.bye", config.retry_bye(), 1, 10, 10);
        dto.retryCancel = clamp("retry.cancel", config.retry_cancel(), 1, 10, 10);
        dto.timersTryingMs = clamp("timers.trying", config.timers_trying(), 100, 1000, SipUaKeys.TIMERS_TRYING_DEFAULT);
        dto.timersExpiresMs = clamp("timers.expires", config.timers_expires(), 60000, 300000, SipUaKeys.TIMERS_EXPIRES_DEFAULT);
        dto.timersConnectMs = clamp("timers.connect", config.timers_connect(), 100, 1000, TIMER_DEFAULT);
        dto.timersDisconnectMs = clamp("timers.disconnect", config.timers_disconnect(), 100, 1000, TIMER_DEFAULT);
        dto.timersCometMs = clamp("timers.comet", config.timers_comet(), 100, 1000, TIMER_DEFAULT);
        dto.timersPrackMs = clamp("timers.prack", config.timers_prack(), 50, 10000, TIMER_DEFAULT);
        dto.timersRel1xxMs = clamp("timers.rel1xx", config.timers_rel1xx(), 1, 64000, TIMER_DEFAULT);
        dto.timersNotifyMs = clamp("timers.notify", config.timers_notify(), 100, 1000, TIMER_DEFAULT);
        String server = config.sip_server();
        dto.sipServer = server == null || server.isBlank() ? null : server.trim();
        return dto;
    }

    private static int clamp(String key, int value, int min, int max, int fallback) {
        if (value < min || value > max) {
            LOG.warning(key + " " + value + " out of range " + min + "-" + max + "; using " + fallback);
            return fallback;
        }
        return value;
    }

    @Override
    public SipUaSettingsDTO settings() {
        return settings;
    }
}
