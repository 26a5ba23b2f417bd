package org.voxgate.itests.dist;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The little SDP the DTMF test UA needs: it offers and answers PCMU (PT 0) and, when it does RFC 4733,
 * telephone-event/8000 with {@code fmtp 0-15}; from the peer's SDP it reads the audio address, port and
 * telephone-event payload type.
 */
record Sdp(String address, int port, int telephoneEventPt, boolean pcmu) {
    /** The peer's SDP; {@code telephoneEventPt} is -1 without a telephone-event rtpmap. */
    static Sdp parse(String text) {
        String address = "127.0.0.1";
        int port = -1;
        int nte = -1;
        boolean pcmu = false;
        boolean inAudio = false;
        for (String raw : text.split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("c=IN IP4 ")) {
                address = line.substring(9).trim();
            } else if (line.startsWith("m=")) {
                inAudio = line.startsWith("m=audio ");
                if (inAudio && port < 0) {
                    String[] f = line.split(" ");
                    port = Integer.parseInt(f[1]);
                    for (int i = 3; i < f.length; i++) {
                        pcmu |= f[i].equals("0");
                    }
                }
            } else if (inAudio && line.startsWith("a=rtpmap:")) {
                String[] f = line.substring(9).split(" ", 2);
                if (f.length == 2 && f[1].toLowerCase(Locale.ROOT).startsWith("telephone-event/8000")) {
                    nte = Integer.parseInt(f[0]);
                }
            }
        }
        return new Sdp(address, port, nte, pcmu);
    }

    /** Our SDP: PCMU and, with {@code nte} >= 0, telephone-event on that payload type. */
    static byte[] build(int rtpPort, int nte) {
        long id = System.nanoTime() & 0xffffffL;
        StringBuilder b = new StringBuilder()
                .append("v=0\r\n")
                .append("o=dtmfua ").append(id).append(' ').append(id).append(" IN IP4 127.0.0.1\r\n")
                .append("s=-\r\n")
                .append("c=IN IP4 127.0.0.1\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(rtpPort).append(" RTP/AVP 0").append(nte >= 0 ? " " + nte : "").append("\r\n")
                .append("a=rtpmap:0 PCMU/8000\r\n");
        if (nte >= 0) {
            b.append("a=rtpmap:").append(nte).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(nte).append(" 0-15\r\n");
        }
        b.append("a=ptime:20\r\na=sendrecv\r\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
