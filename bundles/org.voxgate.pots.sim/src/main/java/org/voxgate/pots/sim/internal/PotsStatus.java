package org.voxgate.pots.sim.internal;

import java.util.List;

/**
 * Result of {@code pots status}: one row per line. A data object (rows usable from Gogo scripts) that is also a
 * CharSequence, so Gogo prints it as the table.
 */
record PotsStatus(List<PortStatus> rows) implements CharSequence {
    private static final String FORMAT = "%-8s %-4s %-10s %-16s %-16s %8s %8s %8s %8s";

    PotsStatus {
        rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(String.format(FORMAT, "PORT", "SIG", "STATE", "CALLING", "CALLED",
                "RTP-PORT", "TX-PKTS", "RX-PKTS", "RX-AUDIO").stripTrailing());
        for (PortStatus r : rows) {
            MediaCounters m = r.counters();
            out.append('\n').append(String.format(FORMAT, r.id(), r.signalling(), r.state(), dash(r.callingNumber()),
                    dash(r.calledNumber()), r.rtpPort() == 0 ? "-" : String.valueOf(r.rtpPort()), m.packetsSent(),
                    m.packetsReceived(), m.packetsWithEnergy()).stripTrailing());
        }
        if (rows.isEmpty()) {
            out.append("\n(no voice ports)");
        }
        return out.toString();
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
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
