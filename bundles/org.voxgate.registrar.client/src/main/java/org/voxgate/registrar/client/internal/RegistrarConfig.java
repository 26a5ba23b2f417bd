package org.voxgate.registrar.client.internal;

import java.util.Map;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * One registrar: factory configuration {@code org.voxgate.registration~primary} or {@code ~secondary}, written by
 * the IOS configuration ({@code sip-ua} / {@code registrar ...}) or an {@code etc/org.voxgate.registration-primary.cfg}.
 * Deleting it ({@code no registrar}) unregisters the lines from that registrar.
 */
@Component(service = RegistrarConfig.class, configurationPid = RegistrarSpec.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = RegistrarConfig.Config.class, factory = true)
public class RegistrarConfig {
    private static final Logger LOG = Logger.getLogger(RegistrarConfig.class.getName());

    @ObjectClassDefinition(name = "Voxgate registrar (client)", description = "IOS: sip-ua / registrar ipv4:A[:port] | "
            + "dns:host[:port] [expires N] [tcp] [secondary]. Name the configuration primary or secondary.")
    public @interface Config {
        @AttributeDefinition(description = "The registrar: ipv4:A.B.C.D[:port] or dns:host[:port] "
                + "(the attribute 'registrar' is read as well)", required = false)
        String target();

        @AttributeDefinition(description = "Registration time asked for, seconds. IOS: expires N (60-65535)", min = "1",
                max = "65535")
        int expires() default RegistrarSpec.EXPIRES_DEFAULT;

        @AttributeDefinition(description = "IOS: tcp (default udp)", options = {@Option(value = "udp"), @Option(value = "tcp")})
        String transport() default "udp";
    }

    private volatile RegistrarSpec spec;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        try {
            RegistrarSpec s = RegistrarSpec.from(properties);
            if (s.expires() < 60) {
                LOG.warning(s.name() + " registrar: expires " + s.expires() + " is below the IOS range 60-65535; used as given");
            }
            spec = s;
        } catch (IllegalArgumentException e) {
            LOG.warning("Registrar configuration ignored: " + e.getMessage());
            spec = null;
        }
    }

    /** The registrar, or null when the configuration is not usable (logged). */
    RegistrarSpec spec() {
        return spec;
    }

    /** The configuration's name, primary or secondary, even when it is not usable. */
    static String name(Map<String, ?> properties) {
        return RegistrarSpec.nameOf(properties);
    }
}
