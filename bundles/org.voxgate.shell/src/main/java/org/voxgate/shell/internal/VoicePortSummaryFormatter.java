package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.call.VoicePortDTO;

/**
 * {@code show voice port summary} in the IOS layout:
 * <pre>
 *                                            IN       OUT
 * PORT            CH   SIG-TYPE   ADMIN OPER STATUS   STATUS   EC
 * =============== == ============ ===== ==== ======== ======== ==
 * 0/0/0           --  fxs-ls      up    up   on-hook  idle     y
 * </pre>
 * EC (echo canceller) is "y" as on IOS FXS ports; the simulated lines have no echo to cancel.
 */
final class VoicePortSummaryFormatter {
    private VoicePortSummaryFormatter() {}

    static String format(List<VoicePortDTO> ports) {
        StringBuilder out = new StringBuilder();
        out.append("                                           IN       OUT\n");
        out.append("PORT            CH   SIG-TYPE   ADMIN OPER STATUS   STATUS   EC\n");
        out.append("=============== == ============ ===== ==== ======== ======== ==\n");
        for (VoicePortDTO p : ports) {
            out.append(String.format("%-15s %-3s %-11s %-5s %-4s %-8s %-8s %s%n", p.id, "--", p.signalling,
                    p.adminUp ? "up" : "down", p.operUp ? "up" : "down", p.inStatus, p.outStatus, "y"));
        }
        return out.toString();
    }
}
