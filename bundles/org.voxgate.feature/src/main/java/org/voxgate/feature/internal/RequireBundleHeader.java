package org.voxgate.feature.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the member names out of a marker bundle's {@code Require-Bundle} header. Only the symbolic names
 * matter here (attributes such as {@code bundle-version} are dropped); the framework already checked them
 * when it resolved the marker.
 */
final class RequireBundleHeader {
    static final String NAME = "Require-Bundle";

    private RequireBundleHeader() {
    }

    /** Symbolic names in header order, without duplicates; an absent or blank header gives an empty list. */
    static List<String> symbolicNames(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        for (String clause : split(header, ',')) {
            // A clause is "name;name2;attr=value;dir:=value": leading parts without '=' are names.
            for (String part : split(clause, ';')) {
                String p = part.trim();
                if (p.contains("=")) {
                    break;
                }
                if (!p.isEmpty() && !names.contains(p)) {
                    names.add(p);
                }
            }
        }
        return names;
    }

    /** Splits on the separator outside double quotes (a quoted attribute value may contain ',' or ';'). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
