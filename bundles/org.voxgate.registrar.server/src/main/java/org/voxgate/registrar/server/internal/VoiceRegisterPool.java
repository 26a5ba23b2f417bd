package org.voxgate.registrar.server.internal;

import java.util.Map;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One {@code voice register pool N}, from a factory configuration {@code org.voxgate.srst.pool~N}; registered as a
 * service (of this bundle-private class) that {@link SrstRegistrar} collects. A change of the configuration
 * re-registers it, so the registrar only ever sees complete pools.
 */
@Component(service = VoiceRegisterPool.class, configurationPid = VoiceRegisterPool.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = VoiceRegisterPool.Config.class, factory = true)
public class VoiceRegisterPool {
    /** Factory PID; one configuration per pool, named by its tag ({@code org.voxgate.srst.pool~1}). */
    static final String FACTORY_PID = "org.voxgate.srst.pool";
    private static final Logger LOG = Logger.getLogger(VoiceRegisterPool.class.getName());

    @ObjectClassDefinition(name = "Voxgate SRST register pool", description = "IOS: voice register pool N")
    public @interface Config {
        @AttributeDefinition(description = "Pool tag N (1-1000 on IOS); 0 = the configuration's name after '~'. "
                + "Pools are tried in tag order. IOS: voice register pool N")
        int tag() default 0;

        @AttributeDefinition(description = "Numbers (address-of-record user parts) this pool admits: digits, A-F, "
                + "* # +, '.' = any one character, a trailing T = any further ones. IOS: id number PATTERN "
                + "(CME: id phone-number)")
        String id_number() default "";

        @AttributeDefinition(description = "Source network this pool admits. IOS: id network A.B.C.D mask M.M.M.M")
        String id_network() default "";

        @AttributeDefinition(description = "Mask of id network (empty = a single address). IOS: ... mask M.M.M.M")
        String id_mask() default "";

        @AttributeDefinition(description = "Digest user name REGISTERs of this pool must authenticate as; empty = "
                + "no authentication. IOS: username U password P")
        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD, description = "Digest password. IOS: username U password P")
        String password() default "";
    }

    private final Pool pool;

    @Activate
    public VoiceRegisterPool(Config config, Map<String, Object> properties) {
        int tag = config.tag() > 0 ? config.tag() : nameTag(properties);
        this.pool = Pool.of(tag, config.id_number(), config.id_network(), config.id_mask(), config.username(),
                config.password());
        if (!pool.admitsSomething()) {
            LOG.warning("voice register pool " + tag + ": no id number and no id network, it admits no REGISTER");
        }
    }

    Pool pool() {
        return pool;
    }

    /** The tag from the factory configuration's name: {@code org.voxgate.srst.pool~7} → 7. */
    static int nameTag(Map<String, Object> properties) {
        Object pid = properties.get("service.pid");
        String s = pid == null ? "" : pid.toString();
        int tilde = s.lastIndexOf('~');
        String name = tilde >= 0 ? s.substring(tilde + 1) : "";
        Object file = properties.get("felix.fileinstall.filename"); // .../org.voxgate.srst.pool-N.cfg, older FileInstall
        if (name.isEmpty() && file != null) {
            String f = file.toString();
            int dash = f.lastIndexOf('-');
            int dot = f.lastIndexOf('.');
            name = dash >= 0 && dot > dash ? f.substring(dash + 1, dot) : "";
        }
        try {
            int tag = Integer.parseInt(name.trim());
            if (tag > 0) {
                return tag;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("voice register pool: no tag (set 'tag' or name the configuration "
                + FACTORY_PID + "~N); configuration " + s);
    }
}
