package org.voxgate.shell.internal;

/**
 * One line of an IOS fixed-column table. Values start at their column; a value that overruns its column
 * pushes the next one right, with one space minimum between them (what IOS does). Trailing blanks are dropped.
 */
final class TextColumns {
    private final StringBuilder line = new StringBuilder(128);

    /** Left-aligned value starting at {@code column}; null or empty leaves the column blank. */
    TextColumns left(int column, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        padTo(column);
        line.append(value);
        return this;
    }

    /** Right-aligned value whose last character sits at {@code lastColumn}. */
    TextColumns right(int lastColumn, String value) {
        if (value == null || value.isEmpty()) {
            return this;
        }
        padTo(lastColumn + 1 - value.length());
        line.append(value);
        return this;
    }

    private void padTo(int column) {
        int target = line.length() == 0 ? column : Math.max(column, line.length() + 1);
        while (line.length() < target) {
            line.append(' ');
        }
    }

    @Override
    public String toString() {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
