package org.voxgate.config.ios.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;

/**
 * Moves the {@code sip-ua} passwords of a configuration stored before api.config 1.4 from their legacy keys
 * ({@code credentials.password}, {@code authentication.password}) to the private ones ({@code .credentials.password},
 * {@code .authentication.password}): Declarative Services publishes every key without a leading '.' as a service
 * property of the three components configured by {@value ConfigPids#SIP_UA}, where any bundle can read it.
 * Run at every start of the IOS configuration; once a configuration is moved there is nothing left to do.
 * <p>
 * A configuration that FileInstall applied from {@code etc/org.voxgate.sipua.cfg} is left alone: FileInstall applies
 * the file again when it starts (after this bundle), which would undo the move at every start. The operator is told
 * to rename the keys in the file instead.
 */
final class SipUaPasswordMigration {
    private static final Logger LOG = Logger.getLogger(SipUaPasswordMigration.class.getName());
    /** Set by FileInstall on the configurations it applies from a file. */
    static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    /** Legacy key to private key. */
    static final Map<String, String> MOVES = Map.of(
            SipUaKeys.LEGACY_CREDENTIALS_PASSWORD, SipUaKeys.CREDENTIALS_PASSWORD,
            SipUaKeys.LEGACY_AUTHENTICATION_PASSWORD, SipUaKeys.AUTHENTICATION_PASSWORD);

    private SipUaPasswordMigration() {}

    /** @return the legacy keys removed from the stored configuration, sorted; empty when none were */
    static List<String> run(ConfigurationAdmin configAdmin) throws IOException {
        Configuration c = stored(configAdmin);
        if (c == null) {
            return List.of();
        }
        Hashtable<String, Object> props = copy(c.getProperties());
        List<String> legacy = MOVES.keySet().stream().filter(props::containsKey).sorted().toList();
        if (legacy.isEmpty()) {
            return legacy;
        }
        String moves = String.join(", ", legacy.stream().map(k -> k + " -> " + MOVES.get(k)).toList());
        Object file = props.get(FILEINSTALL_FILENAME);
        if (file != null) {
            LOG.warning(ConfigPids.SIP_UA + " comes from " + file + ", which FileInstall applies again at every start: "
                    + "rename the keys there (" + moves + "); until then the passwords are visible to every bundle "
                    + "as service properties");
            return List.of();
        }
        for (String k : legacy) {
            // a private key already there was written later (IOS text, a corrected file): it wins
            props.putIfAbsent(MOVES.get(k), props.remove(k));
        }
        c.updateIfDifferent(props);
        LOG.info("Moved the sip-ua passwords of " + ConfigPids.SIP_UA + " to private keys, which are not published as "
                + "service properties: " + moves);
        return legacy;
    }

    private static Hashtable<String, Object> copy(Dictionary<String, Object> d) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (Enumeration<String> keys = d.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            copy.put(k, d.get(k));
        }
        return copy;
    }

    /** The stored {@code sip-ua} configuration, or null; never creates one. */
    private static Configuration stored(ConfigurationAdmin configAdmin) throws IOException {
        try {
            String filter = "(" + Constants.SERVICE_PID + "=" + ConfigPids.SIP_UA + ")";
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null || found.length == 0 || found[0].getProperties() == null ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
