package org.voxgate.media.internal;

/**
 * Translates a (compound) RTCP packet (RFC 3550 §6.4) on its way from one leg to the other, so it matches the
 * renumbered RTP: sender info and source SSRCs through the rewriter of the direction the sender's RTP goes,
 * reception report blocks through the rewriter of the direction the sender receives. SDES and APP pass as they are.
 */
final class Rtcp {
    private static final int SR = 200;
    private static final int RR = 201;
    private static final int BYE = 203;
    private static final int BLOCK = 24;

    private Rtcp() {}

    /**
     * @param sent     rewriter of the RTP the RTCP sender sends (towards the RTCP's receiver)
     * @param received rewriter of the RTP the RTCP sender receives (towards the RTCP's sender)
     */
    static void translate(byte[] d, int len, RtpRewriter sent, RtpRewriter received) {
        int at = 0;
        while (at + 8 <= len && (d[at] & 0xC0) == 0x80) {
            int count = d[at] & 0x1F;
            int type = d[at + 1] & 0xFF;
            int end = at + 4 * (Rtp.u16(d, at + 2) + 1);
            if (end > len) {
                return;
            }
            if (type == SR && at + 28 <= end) {
                sent.senderReport(d, at);
                blocks(d, at + 28, count, end, received);
            } else if (type == RR) {
                sent.sourceSsrc(d, at + 4);
                blocks(d, at + 8, count, end, received);
            } else if (type == BYE) {
                for (int i = 0; i < count && at + 8 + 4 * i <= end; i++) {
                    sent.sourceSsrc(d, at + 4 + 4 * i);
                }
            }
            at = end;
        }
    }

    private static void blocks(byte[] d, int from, int count, int end, RtpRewriter received) {
        for (int i = 0; i < count && from + BLOCK * (i + 1) <= end; i++) {
            received.receptionReport(d, from + BLOCK * i);
        }
    }
}
