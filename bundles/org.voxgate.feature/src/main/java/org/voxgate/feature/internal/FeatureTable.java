package org.voxgate.feature.internal;

import java.util.List;

/**
 * Result of {@code feature:list}. A data object (rows usable from Gogo scripts) that is also a
 * CharSequence: Gogo prints a CharSequence as it is, whereas other objects get its reflective dump.
 */
record FeatureTable(List<Row> rows) implements CharSequence {

    /** One feature of the repository. */
    record Row(String name, boolean installed, String description) {
        String state() {
            return installed ? "installed" : "not installed";
        }
    }

    FeatureTable {
        rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
        int nameWidth = "NAME".length();
        int stateWidth = "not installed".length();
        for (Row row : rows) {
            nameWidth = Math.max(nameWidth, row.name().length());
        }
        String format = "%-" + nameWidth + "s  %-" + stateWidth + "s  %s";
        StringBuilder out = new StringBuilder(String.format(format, "NAME", "STATE", "DESCRIPTION").stripTrailing());
        for (Row row : rows) {
            out.append('\n').append(String.format(format, row.name(), row.state(), row.description()).stripTrailing());
        }
        if (rows.isEmpty()) {
            out.append("\n(no features in the repository)");
        }
        return out.toString();
    }

    @Override
    public int length() {
        return toString().length();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().subSequence(start, end);
    }
}
