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

    @ObjectClassDefinition(name = "Voxgate SIP user agent", description = "IOS: sip-ua mode")
    public @interface Config {
        @AttributeDefinition(description = "Max-Forwards of requests the gateway originates or forwards. "
                + "IOS: sip-ua / max-forwards N (1-70)", min = "1", max = "70")
        int max_forwards() default SipUaKeys.MAX_FORWARDS_DEFAULT;
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
        dto.notifyMaxDurationMs = 2000;
        dto.redirectHandling = true;
        return dto;
    }

    @Override
    public SipUaSettingsDTO settings() {
        return settings;
    }
}
