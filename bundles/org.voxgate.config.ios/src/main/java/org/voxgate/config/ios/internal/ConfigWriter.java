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
        Configuration existing = find(peer.tag);
        if (peer.deleteOnly()) {
            if (existing == null) {
                return false;
            }
            existing.delete();
            return true;
        }
        Dictionary<String, Object> base = existing == null || peer.replace ? null : existing.getProperties();
        Map<String, Object> next = peer.changes.applyTo(base);
        Configuration target = existing != null ? existing
                : configAdmin.getFactoryConfiguration(ConfigPids.DIAL_PEER, String.valueOf(peer.tag), "?");
        return target.updateIfDifferent(new Hashtable<>(next));
    }

    /** The type ("voip"/"pots") of the configured dial peer {@code tag}, or null when there is none. */
    String peerType(int tag) {
        try {
            Configuration c = find(tag);
            Object type = c == null || c.getProperties() == null ? null : c.getProperties().get(DialPeerKeys.TYPE);
            return type == null ? null : type.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Config Admin could not list dial peers: " + e.getMessage(), e);
        }
    }

    /**
     * The configuration of dial peer {@code tag}: the factory configuration named by the tag, or one of
     * the factory with that {@code tag} attribute (e.g. created by an older FileInstall); null if none.
     */
    private Configuration find(int tag) throws IOException {
        String filter = "(|(" + Constants.SERVICE_PID + "=" + peerPid(tag) + ")(&(" + ConfigurationAdmin.SERVICE_FACTORYPID
                + "=" + ConfigPids.DIAL_PEER + ")(" + DialPeerKeys.TAG + "=" + tag + ")))";
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            if (found == null || found.length == 0) {
                return null;
            }
            for (Configuration c : found) {
                if (peerPid(tag).equals(c.getPid())) {
                    return c;
                }
            }
            return found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad filter " + filter, e);
        }
    }
}
