package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a configuration text changes, collected before anything is applied: per singleton PID
 * and per dial peer, the attributes to set and the attributes to remove. A {@code no} form that
 * restores a default removes the attribute, so that the default lives in one place: the component
 * that owns the PID.
 */
final class ConfigDelta {

    /** Changes of one configuration dictionary; IOS configuration is cumulative, so they merge onto it. */
    static final class Changes {
        final Map<String, Object> set = new LinkedHashMap<>();
        final Set<String> removed = new LinkedHashSet<>();

        void set(String key, Object value) {
            removed.remove(key);
            set.put(key, value);
        }

        void remove(String key) {
            set.remove(key);
            removed.add(key);
        }

        /** The dictionary {@code base} with these changes applied; {@code base} is left unchanged. */
        Map<String, Object> applyTo(Dictionary<String, ?> base) {
            Map<String, Object> next = new LinkedHashMap<>();
            if (base != null) {
                for (Enumeration<String> keys = base.keys(); keys.hasMoreElements();) {
                    String k = keys.nextElement();
                    next.put(k, base.get(k));
                }
            }
            removed.forEach(next::remove);
            next.putAll(set);
            return next;
        }
    }

    /** What a text does to one dial peer, factory configuration {@code org.voxgate.dialpeer~TAG}. */
    static final class PeerChange {
        final int tag;
        /** "voip" or "pots"; null when the text only deletes the peer. */
        String type;
        /** {@code no dial-peer voice TAG}: the existing configuration is dropped before (re)creating. */
        boolean replace;
        final Changes changes = new Changes();

        PeerChange(int tag) {
            this.tag = tag;
        }

        boolean deleteOnly() {
            return replace && type == null;
        }
    }

    /**
     * What a text does to one {@code voice register pool N}, factory configuration {@code org.voxgate.srst.pool~N}:
     * merged onto the stored pool like a dial peer; {@code no voice register pool N} deletes it, and a pool deleted
     * and entered again in one text is replaced, not merged.
     */
    static final class PoolChange {
        final int tag;
        /** {@code voice register pool N} was entered (after any deletion). */
        boolean entered;
        /** {@code no voice register pool N}: the existing configuration is dropped before (re)creating. */
        boolean replace;
        final Changes changes = new Changes();

        PoolChange(int tag) {
            this.tag = tag;
        }

        boolean deleteOnly() {
            return replace && !entered;
        }
    }

    /**
     * A factory configuration that one command sets as a whole or deletes, e.g. {@code registrar ... secondary}
     * ({@code org.voxgate.registration~secondary}).
     */
    static final class FactoryChange {
        final String factoryPid;
        final String name;
        /** The complete properties; null deletes the configuration. */
        final Map<String, Object> values;

        FactoryChange(String factoryPid, String name, Map<String, Object> values) {
            this.factoryPid = factoryPid;
            this.name = name;
            this.values = values;
        }

        String pid() {
            return factoryPid + "~" + name;
        }
    }

    /** The type of a dial peer that exists before the text is applied (Config Admin), or null. */
    interface ExistingPeers {
        ExistingPeers NONE = tag -> null;

        String type(int tag);
    }

    /** Singleton PID to its changes. */
    final Map<String, Changes> changes = new LinkedHashMap<>();
    /** Factory configuration PID ({@code factory~name}) to its last change. */
    final Map<String, FactoryChange> factories = new LinkedHashMap<>();
    /** Dial peer tag to its change, in order of first mention. */
    final Map<Integer, PeerChange> peers = new LinkedHashMap<>();
    /** Voice register pool tag to its change, in order of first mention. */
    final Map<Integer, PoolChange> pools = new LinkedHashMap<>();
    final List<String> notYetActive = new ArrayList<>();
    int commands;

    // Parse context: the line being parsed and the dial peer or voice register pool being configured.
    final ExistingPeers existing;
    int line;
    String lineText = "";
    PeerChange currentPeer;
    PoolChange currentPool;

    ConfigDelta() {
        this(ExistingPeers.NONE);
    }

    ConfigDelta(ExistingPeers existing) {
        this.existing = existing;
    }

    void set(String pid, String key, Object value) {
        changes.computeIfAbsent(pid, p -> new Changes()).set(key, value);
    }

    void remove(String pid, String key) {
        changes.computeIfAbsent(pid, p -> new Changes()).remove(key);
    }

    /** Sets the whole factory configuration {@code factoryPid~name} to {@code values}. */
    void replaceFactory(String factoryPid, String name, Map<String, Object> values) {
        FactoryChange c = new FactoryChange(factoryPid, name, Map.copyOf(values));
        factories.put(c.pid(), c);
    }

    /** Deletes the factory configuration {@code factoryPid~name}, if there is one. */
    void deleteFactory(String factoryPid, String name) {
        FactoryChange c = new FactoryChange(factoryPid, name, null);
        factories.put(c.pid(), c);
    }

    /** Reports the current line as accepted and stored but without behaviour yet. */
    void notYetActive(String why) {
        notYetActive.add("line " + line + ": " + Secrets.masked(lineText) + " (" + why + ")");
    }
}
