package org.voxgate.config.ios.internal;

import java.util.regex.Pattern;

/**
 * Configuration lines as they may be logged or reported: the word after {@code password} (and after its type, 0 or
 * 7) replaced by {@code *****}. The lines that carry a password ({@code credentials}, {@code authentication},
 * {@code username ... password}) are reported when stored without behaviour or refused, and those reports reach the
 * log and the shell; the clear password must reach neither.
 */
final class Secrets {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(\\bpassword\\s+)(?:([07])\\s+(?!realm\\b))?(\\S+)");

    private Secrets() {}

    static String masked(String line) {
        return line == null ? null : PASSWORD.matcher(line).replaceAll(m ->
                m.group(1) + (m.group(2) == null ? "" : m.group(2) + " ") + "*****");
    }
}
