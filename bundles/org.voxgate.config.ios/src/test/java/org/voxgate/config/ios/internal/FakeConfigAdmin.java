package org.voxgate.config.ios.internal;

import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * An in-memory Config Admin with only what {@link ConfigWriter} calls, built with {@link Proxy} (no
 * Mockito here). Like Felix, a configuration exists for listing once it has properties, and
 * {@code getProperties} includes {@code service.pid} / {@code service.factoryPid}.
 */
final class FakeConfigAdmin {
    /** One stored configuration. */
    static final class Stored {
        final String pid;
        final String factoryPid;
        Map<String, Object> props; // null until the first update
        int updates;

        Stored(String pid, String factoryPid) {
            this.pid = pid;
            this.factoryPid = factoryPid;
        }
    }

    final Map<String, Stored> store = new LinkedHashMap<>();
    int deletes;

    final ConfigurationAdmin admin = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getConfiguration" -> configuration(store.computeIfAbsent((String) args[0], p -> new Stored(p, null)));
                case "getFactoryConfiguration" -> {
                    String pid = args[0] + "~" + args[1];
                    yield configuration(store.computeIfAbsent(pid, p -> new Stored(p, (String) args[0])));
                }
                case "listConfigurations" -> list((String) args[0]);
                case "toString" -> "FakeConfigAdmin";
                default -> throw new UnsupportedOperationException(method.getName());
            });

    /** Stores a configuration as if written by someone else (an earlier apply, FileInstall). */
    Stored put(String pid, String factoryPid, Map<String, Object> props) {
        Stored s = new Stored(pid, factoryPid);
        s.props = new LinkedHashMap<>(props);
        store.put(pid, s);
        return s;
    }

    /** The stored properties of {@code pid} without the service.* keys; null when absent or never updated. */
    Map<String, Object> props(String pid) {
        Stored s = store.get(pid);
        return s == null ? null : s.props;
    }

    private Configuration[] list(String filter) throws Exception {
        Filter f = FrameworkUtil.createFilter(filter);
        return store.values().stream().filter(s -> s.props != null && f.match(withServiceKeys(s)))
                .map(this::configuration).toArray(Configuration[]::new);
    }

    private Configuration configuration(Stored s) {
        return (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Configuration.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPid" -> s.pid;
                    case "getFactoryPid" -> s.factoryPid;
                    case "getProperties" -> s.props == null ? null : withServiceKeys(s);
                    case "updateIfDifferent" -> updateIfDifferent(s, (Dictionary<?, ?>) args[0]);
                    case "delete" -> {
                        store.remove(s.pid);
                        deletes++;
                        yield null;
                    }
                    case "toString" -> "Configuration[" + s.pid + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Dictionary<String, Object> withServiceKeys(Stored s) {
        Hashtable<String, Object> d = new Hashtable<>(s.props);
        d.put(Constants.SERVICE_PID, s.pid);
        if (s.factoryPid != null) {
            d.put(ConfigurationAdmin.SERVICE_FACTORYPID, s.factoryPid);
        }
        return d;
    }

    private static boolean updateIfDifferent(Stored s, Dictionary<?, ?> next) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Enumeration<?> keys = next.keys(); keys.hasMoreElements();) {
            String k = (String) keys.nextElement();
            if (!k.equals(Constants.SERVICE_PID) && !k.equals(ConfigurationAdmin.SERVICE_FACTORYPID)) {
                props.put(k, next.get(k));
            }
        }
        if (s.props != null && sameContent(s.props, props)) {
            return false;
        }
        s.props = props;
        s.updates++;
        return true;
    }

    private static boolean sameContent(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!Objects.deepEquals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }
}
