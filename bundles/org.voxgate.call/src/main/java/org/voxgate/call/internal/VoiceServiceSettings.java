package org.voxgate.call.internal;

import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.VoiceServiceKeys;

/** The call policy of {@code voice service voip}; changed live, read by each new call. */
@Component(service = VoiceServiceSettings.class, configurationPid = ConfigPids.VOICE_SERVICE)
@Designate(ocd = VoiceServiceSettings.Config.class)
public class VoiceServiceSettings {
    private static final Logger LOG = Logger.getLogger(VoiceServiceSettings.class.getName());

    @ObjectClassDefinition(name = "Voxgate voice service", description = "IOS: voice service voip")
    public @interface Config {
        @AttributeDefinition(description = "Bridge calls from SIP to SIP dial peers (IP-to-IP gateway). "
                + "IOS: voice service voip / allow-connections sip to sip")
        boolean allow_connections_sip_to_sip() default false;

        @AttributeDefinition(description = "Answer SIP-to-SIP calls with 3xx (needs org.voxgate.redirect). "
                + "IOS: voice service voip / redirect ip2ip")
        boolean redirect_ip2ip() default false;

        @AttributeDefinition(description = "Voice service shut: \"graceful\" refuses new calls and lets the calls up "
                + "drain, \"forced\" also releases them; empty = in service. IOS: voice service voip / shutdown [forced]",
                required = false)
        String shutdown();

        @AttributeDefinition(description = "SIP service shut: \"graceful\" (drain) or \"forced\" (release the calls); "
                + "empty = up. IOS: voice service voip / sip / call service stop [forced]", required = false)
        String call_service_stop();
    }

    /** Snapshot for one call. */
    record Values(boolean allowSipToSip, boolean redirectIp2ip, ServiceState service, String shutBy) {
        boolean accepting() {
            return service == ServiceState.UP;
        }
    }

    /** IOS SIP service states. */
    enum ServiceState { UP, SHUT, FORCED }

    private volatile Values values = new Values(false, false, ServiceState.UP, null);
    private volatile Runnable onForcedShut = () -> { };

    @Activate
    @Modified
    void configure(Config config) {
        ServiceState state = ServiceState.UP;
        String by = null;
        ServiceState shutdown = stateOf(config.shutdown());
        ServiceState stop = stateOf(config.call_service_stop());
        if (shutdown != ServiceState.UP) {
            state = shutdown;
            by = "'voice service voip'";
        } else if (stop != ServiceState.UP) {
            state = stop;
            by = "'voice service voip', 'sip' submode";
        }
        Values v = new Values(config.allow_connections_sip_to_sip(), config.redirect_ip2ip(), state, by);
        Values old = values;
        if (!v.equals(old)) {
            LOG.info("voice service voip: allow-connections sip to sip " + (v.allowSipToSip() ? "on" : "off")
                    + ", redirect ip2ip " + (v.redirectIp2ip() ? "on" : "off") + ", SIP service " + state
                    + (by == null ? "" : " (" + by + ")"));
        }
        values = v;
        if (state == ServiceState.FORCED && old.service() != ServiceState.FORCED) {
            onForcedShut.run();
        }
    }

    /** {@link VoiceServiceKeys#STOP_GRACEFUL} / {@link VoiceServiceKeys#STOP_FORCED} / absent. */
    static ServiceState stateOf(String value) {
        if (value == null || value.isBlank()) {
            return ServiceState.UP;
        }
        return VoiceServiceKeys.STOP_FORCED.equals(value.trim()) ? ServiceState.FORCED : ServiceState.SHUT;
    }

    /** The call core releases its calls when the service is shut with {@code forced}. */
    void onForcedShut(Runnable action) {
        onForcedShut = action;
    }

    Values values() {
        return values;
    }
}
