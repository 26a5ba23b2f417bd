package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a configuration text changes, collected before anything is applied. */
final class ConfigDelta {
    /** PID to the attribute values the text sets (a {@code no} form sets the default back). */
    final Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
    final List<String> notYetActive = new ArrayList<>();
    int commands;

    void set(String pid, String key, Object value) {
        changes.computeIfAbsent(pid, p -> new LinkedHashMap<>()).put(key, value);
    }
}
