package org.voxgate.registrar.server.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SrstPoolKeys;

/**
 * The {@code voice register pool N} configurations ({@code org.voxgate.srst.pool~N}), read straight from Config
 * Admin. Not one DS component per pool: the registrar must know every pool at the moment it starts answering, or
 * the REGISTERs of a bundle update's first milliseconds would be refused with 403 by a registrar whose pool
 * components had not been bound yet.
 */
final class VoiceRegisterPools {
    /** Factory PID; one configuration per pool, named by its tag ({@code org.voxgate.srst.pool~1}). */
    static final String FACTORY_PID = ConfigPids.SRST_POOL;
    private static final Logger LOG = Logger.getLogger(VoiceRegisterPools.class.getName());

    /** Metatype of a pool (documentation and tools); the attributes are read by {@link #of}. */
    @ObjectClassDefinition(name = "Voxgate SRST register pool", description = "IOS: voice register pool N",
            factoryPid = FACTORY_PID)
    @interface Config {
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

    private VoiceRegisterPools() {}

    /** Every pool configuration, by tag; an invalid one is logged and left out. */
    static List<Pool> read(ConfigurationAdmin cm) {
        Configuration[] configurations;
        try {
            configurations = cm.listConfigurations("(service.factoryPid=" + FACTORY_PID + ")");
        } catch (IOException | InvalidSyntaxException e) {
            LOG.warning("Cannot read the voice register pools: " + e);
            return List.of();
        }
        List<Pool> pools = new ArrayList<>();
        for (Configuration c : configurations == null ? new Configuration[0] : configurations) {
            Dictionary<String, Object> properties = c.getProperties();
            if (properties == null) {
                continue; // created, not yet updated
            }
            try {
                Pool p = of(c.getPid(), properties);
                if (!p.admitsSomething()) {
                    LOG.warning("voice register pool " + p.tag() + ": no id number and no id network, it admits no REGISTER");
                }
                pools.add(p);
            } catch (IllegalArgumentException e) {
                LOG.warning("Configuration " + c.getPid() + " ignored: " + e.getMessage());
            }
        }
        pools.sort(Comparator.comparingInt(Pool::tag));
        return List.copyOf(pools);
    }

    /** One pool from its configuration; {@link IllegalArgumentException} naming what is wrong. */
    static Pool of(String pid, Dictionary<String, Object> properties) {
        Object tagValue = properties.get(SrstPoolKeys.TAG);
        int tag = 0;
        if (tagValue != null && !tagValue.toString().isBlank()) {
            tag = parseTag(tagValue.toString(), "tag");
        }
        if (tag <= 0) {
            tag = nameTag(pid, string(properties, "felix.fileinstall.filename"));
        }
        return Pool.of(tag, string(properties, SrstPoolKeys.ID_NUMBER), string(properties, SrstPoolKeys.ID_NETWORK),
                string(properties, SrstPoolKeys.ID_MASK), string(properties, SrstPoolKeys.USERNAME),
                string(properties, SrstPoolKeys.PASSWORD));
    }

    /** The tag from the configuration's name: {@code org.voxgate.srst.pool~7} (or a file {@code ...pool-7.cfg}) → 7. */
    static int nameTag(String pid, String fileName) {
        String s = pid == null ? "" : pid;
        int tilde = s.lastIndexOf('~');
        String name = tilde >= 0 ? s.substring(tilde + 1) : "";
        if (name.isEmpty() && fileName != null) {
            int dash = fileName.lastIndexOf('-');
            int dot = fileName.lastIndexOf('.');
            name = dash >= 0 && dot > dash ? fileName.substring(dash + 1, dot) : "";
        }
        try {
            return parseTag(name, "name");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("voice register pool: no tag (set 'tag' or name the configuration "
                    + FACTORY_PID + "~N); configuration " + s);
        }
    }

    private static int parseTag(String text, String what) {
        try {
            int tag = Integer.parseInt(text.trim());
            if (tag > 0) {
                return tag;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("voice register pool " + what + " '" + text + "' is not a positive number");
    }

    private static String string(Dictionary<String, Object> properties, String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }
}
