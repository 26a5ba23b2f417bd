package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.dialplan.DialPeerDTO;

/**
 * {@code show dial-peer voice summary} in the IOS table layout (semantics.md 1.9). Column positions are the
 * sample's; a long value pushes the following columns right with one space minimum, as IOS does.
 */
final class DialPeerSummaryFormatter {
    static final String HEADER1 =
            "             AD                                    PRE PASS                OUT";
    static final String HEADER2 =
            "TAG    TYPE  MIN  OPER PREFIX    DEST-PATTERN      FER THRU SESS-TARGET    STAT PORT    KEEPALIVE";

    static final int TAG = 0;
    static final int TYPE = 7;
    static final int ADMIN = 13;
    static final int OPER = 18;
    static final int PREFIX = 23;
    static final int DEST_PATTERN = 33;
    /** Preference is right-aligned under "PRE"/"FER" with its last digit here. */
    static final int PREFERENCE_LAST = 52;
    static final int PASS_THRU = 55;
    static final int SESS_TARGET = 60;
    static final int STAT = 75;
    static final int PORT = 80;
    static final int KEEPALIVE = 88;

    private DialPeerSummaryFormatter() {}

    static String format(int huntScheme, List<DialPeerDTO> peers) {
        StringBuilder b = new StringBuilder(256 + 100 * peers.size());
        b.append("dial-peer hunt ").append(huntScheme).append('\n');
        b.append(HEADER1).append('\n');
        b.append(HEADER2).append('\n');
        for (DialPeerDTO p : peers) {
            b.append(row(p)).append('\n');
        }
        return b.toString();
    }

    static String row(DialPeerDTO p) {
        boolean voip = "voip".equals(p.type);
        return new TextColumns()
                .left(TAG, Integer.toString(p.tag))
                .left(TYPE, p.type)
                .left(ADMIN, IosText.upDown(p.adminUp))
                .left(OPER, IosText.upDown(p.operUp))
                .left(PREFIX, voip ? null : p.prefix)
                .left(DEST_PATTERN, p.destinationPattern)
                .right(PREFERENCE_LAST, Integer.toString(p.preference))
                // modem passthrough: VoIP peers follow the system setting; POTS peers have none.
                .left(PASS_THRU, voip ? "syst" : null)
                .left(SESS_TARGET, voip ? p.sessionTarget : null)
                // OUT STAT (busyout) and KEEPALIVE: no OPTIONS keepalive/busyout yet, so blank.
                .left(STAT, null)
                .left(PORT, voip ? null : p.port)
                .left(KEEPALIVE, null)
                .toString();
    }
}
