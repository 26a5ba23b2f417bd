package org.voxgate.config.ios.internal;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.DialPeerKeys;
import org.voxgate.api.config.SrstPoolKeys;

/**
 * Writes a validated {@link ConfigDelta} to Config Admin: each configuration once, merged onto what
 * it holds (IOS configuration is cumulative), and only when the result differs.
 */
final class ConfigWriter {
    private final ConfigurationAdmin configAdmin;

    ConfigWriter(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    /** The PID a dial peer's factory configuration gets from Config Admin R7: {@code org.voxgate.dialpeer~TAG}. */
    static String peerPid(int tag) {
        return ConfigPids.DIAL_PEER + "~" + tag;
    }

    /** The PID of a voice register pool's factory configuration: {@code org.voxgate.srst.pool~N}. */
    static String poolPid(int tag) {
        return ConfigPids.SRST_POOL + "~" + tag;
    }

    /** @return whether the singleton {@code pid} was created or changed */
    boolean writeSingleton(String pid, ConfigDelta.Changes changes) throws IOException {
        Configuration c = configAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> current = c.getProperties();
        Map<String, Object> next = changes.applyTo(current);
        if (current == null && next.isEmpty()) {
            return false; // only defaults restored on a configuration that does not exist
        }
        return c.updateIfDifferent(new Hashtable<>(next));
    }

    /** @return whether the factory configuration was created, changed or deleted */
    boolean writeFactory(ConfigDelta.FactoryChange change) throws IOException {
        Configuration existing = findByPid(change.pid());
        if (change.values == null) {
            if (existing == null) {
                return false;
            }
            existing.delete();
            return true;
        }
        Configuration target = existing != null ? existing
                : configAdmin.getFactoryConfiguration(change.factoryPid, change.name, "?");
        return target.updateIfDifferent(new Hashtable<>(change.values));
    }

    /** The configuration with this PID if it exists (has properties), else null. */
    private Configuration findByPid(String pid) throws IOException {
        try {
            Configuration[] found = configAdmin.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad PID " + pid, e);
        }
    }

    /** @return whether the peer's configuration was created, changed or deleted */
    boolean writePeer(ConfigDelta.PeerChange peer) throws IOException {
        return writeTagged(ConfigPids.DIAL_PEER, peer.tag, peer.deleteOnly(), peer.replace, peer.changes);
    }

    /** @return whether the voice register pool's configuration was created, changed or deleted */
    boolean writePool(ConfigDelta.PoolChange pool) throws IOException {
        return writeTagged(ConfigPids.SRST_POOL, pool.tag, pool.deleteOnly(), pool.replace, pool.changes);
    }

    /** The factory configuration {@code factoryPid~tag}: deleted, replaced or merged with {@code changes}. */
    private boolean writeTagged(String factoryPid, int tag, boolean deleteOnly, boolean replace,
            ConfigDelta.Changes changes) throws IOException {
        Configuration existing = find(factoryPid, tag);
        if (deleteOnly) {
            if (existing == null) {
                return false;
            }
            existing.delete();
            return true;
        }
        Dictionary<String, Object> base = existing == null || replace ? null : existing.getProperties();
        Map<String, Object> next = changes.applyTo(base);
        Configuration target = existing != null ? existing
                : configAdmin.getFactoryConfiguration(factoryPid, String.valueOf(tag), "?");
        return target.updateIfDifferent(new Hashtable<>(next));
    }

    /** The type ("voip"/"pots") of the configured dial peer {@code tag}, or null when there is none. */
    String peerType(int tag) {
        try {
            Configuration c = find(ConfigPids.DIAL_PEER, tag);
            Object type = c == null || c.getProperties() == null ? null : c.getProperties().get(DialPeerKeys.TYPE);
            return type == null ? null : type.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Config Admin could not list dial peers: " + e.getMessage(), e);
        }
    }

    /**
     * The configuration of dial peer or pool {@code tag}: the factory configuration named by the tag, or one of
     * the factory with that {@code tag} attribute (e.g. created by an older FileInstall); null if none.
     * Dial peers and pools both keep their tag in the attribute {@code tag} ({@link DialPeerKeys#TAG},
     * {@link SrstPoolKeys#TAG}).
     */
    private Configuration find(String factoryPid, int tag) throws IOException {
        String pid = factoryPid + "~" + tag;
        String filter = "(|(" + Constants.SERVICE_PID + "=" + pid + ")(&(" + ConfigurationAdmin.SERVICE_FACTORYPID
                + "=" + factoryPid + ")(" + DialPeerKeys.TAG + "=" + tag + ")))";
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            if (found == null || found.length == 0) {
                return null;
            }
            for (Configuration c : found) {
                if (pid.equals(c.getPid())) {
                    return c;
                }
            }
            return found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad filter " + filter, e);
        }
    }
}
