package org.voxgate.config.ios.internal;

import java.util.List;

/**
 * An IOS command that sets one integer attribute: {@code KEYWORDS N} within [min, max], and
 * {@code no KEYWORDS [N]} removes the attribute (the owning component holds the default). The same
 * description drives the parser and {@code show running-config}, which prints the command only when the
 * stored value differs from the default.
 *
 * @param notActive why the setting has no effect yet, reported for every line that sets it; null when it acts
 */
record RangedSetting(String keywords, String pid, String key, int min, int max, int defaultValue, String notActive) {

    /** Registers the command in {@code mode}. */
    void register(Grammar g, Mode mode) {
        int index = keywords.split(" ").length;
        g.add(mode, keywords, (w, no, d) -> {
            if (no) {
                d.remove(pid, key);
            } else {
                d.set(pid, key, Grammar.intArg(w, index, min, max, keywords));
                if (notActive != null) {
                    d.notYetActive(notActive);
                }
            }
            return null;
        });
    }

    static void registerAll(Grammar g, Mode mode, List<RangedSetting> settings) {
        settings.forEach(s -> s.register(g, mode));
    }

    /** The running-config line for {@code value}, or null when it is absent or the default. */
    String line(Integer value) {
        return value == null || value == defaultValue ? null : keywords + " " + value;
    }
}
