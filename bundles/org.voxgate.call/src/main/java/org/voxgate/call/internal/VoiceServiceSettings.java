package org.voxgate.call.internal;

import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;

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
    }

    /** Snapshot for one call. */
    record Values(boolean allowSipToSip, boolean redirectIp2ip) {}

    private volatile Values values = new Values(false, false);

    @Activate
    @Modified
    void configure(Config config) {
        Values v = new Values(config.allow_connections_sip_to_sip(), config.redirect_ip2ip());
        if (!v.equals(values)) {
            LOG.info("voice service voip: allow-connections sip to sip " + (v.allowSipToSip() ? "on" : "off")
                    + ", redirect ip2ip " + (v.redirectIp2ip() ? "on" : "off"));
        }
        values = v;
    }

    Values values() {
        return values;
    }
}
