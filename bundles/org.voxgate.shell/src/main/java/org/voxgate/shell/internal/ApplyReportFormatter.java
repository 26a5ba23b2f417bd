package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.config.ApplyReport;

/** What {@code copy FILE running-config} and {@code configure terminal} print after applying a text. */
final class ApplyReportFormatter {
    private ApplyReportFormatter() {}

    /**
     * <pre>
     * Applied 9 commands from site.txt
     * Changed: org.voxgate.sipua, org.voxgate.dialpeer~3401
     * Not active yet:
     *  line 3: dtmf-relay h245-signal (stored; h245-signal not available (no DTMF relay bundle for it))
     * </pre>
     */
    static String format(String source, ApplyReport report) {
        StringBuilder b = new StringBuilder();
        b.append("Applied ").append(report.commands).append(report.commands == 1 ? " command" : " commands")
                .append(" from ").append(source).append('\n');
        List<String> changed = report.changedPids == null ? List.of() : report.changedPids;
        b.append("Changed: ").append(changed.isEmpty() ? "nothing" : String.join(", ", changed)).append('\n');
        List<String> inactive = report.notYetActive == null ? List.of() : report.notYetActive;
        if (!inactive.isEmpty()) {
            b.append("Not active yet:\n");
            inactive.forEach(n -> b.append(' ').append(n).append('\n'));
        }
        return b.toString();
    }
}
