package org.voxgate.config.ios.internal;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties of one stored configuration, read leniently: what the IOS parser writes is typed
 * (Integer, Boolean, String[]), but an {@code etc/*.cfg} file read by FileInstall gives Strings.
 */
final class StoredProperties {
    static final StoredProperties EMPTY = new StoredProperties(Map.of());

    private final Map<String, Object> values;

    private StoredProperties(Map<String, Object> values) {
        this.values = values;
    }

    static StoredProperties of(Dictionary<String, ?> dictionary) {
        if (dictionary == null) {
            return EMPTY;
        }
        Map<String, Object> values = new HashMap<>();
        for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
            String k = keys.nextElement();
            values.put(k, dictionary.get(k));
        }
        return new StoredProperties(values);
    }

    /** The value as text, trimmed; null when absent or blank. */
    String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        String s = v.getClass().isArray() ? String.join(" ", strings(key)) : v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** The value as an integer; null when absent or not a number. */
    Integer integer(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s && s.strip().matches("-?[0-9]{1,10}")) {
            try {
                return Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The value as a boolean; {@code otherwise} when absent or neither true nor false. */
    boolean flag(String key, boolean otherwise) {
        Object v = values.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s && (s.strip().equalsIgnoreCase("true") || s.strip().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.strip());
        }
        return otherwise;
    }

    /** The value as a list of words: an array, a collection, or a String of words separated by commas or blanks. */
    List<String> strings(String key) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(v); i++) {
                add(out, Array.get(v, i));
            }
        } else if (v instanceof Collection<?> c) {
            c.forEach(e -> add(out, e));
        } else {
            for (String s : v.toString().split("[,\\s]+")) {
                add(out, s);
            }
        }
        return out;
    }

    private static void add(List<String> out, Object element) {
        if (element != null && !element.toString().isBlank()) {
            out.add(element.toString().strip());
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
