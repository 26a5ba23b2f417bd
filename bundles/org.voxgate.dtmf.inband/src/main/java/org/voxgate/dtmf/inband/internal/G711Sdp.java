package org.voxgate.dtmf.inband.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.voxgate.spi.media.SdpLines;

/** Whether an SDP's first audio {@code m=} line offers G.711, the only audio the relay decodes for taps. */
final class G711Sdp {
    private G711Sdp() {}

    /** PCMU (static PT 0) or PCMA (8) listed, or a listed PT mapped to PCMU/8000 or PCMA/8000. */
    static boolean offersG711(String sdp) {
        if (sdp == null) {
            return false;
        }
        List<String> lines = SdpLines.lines(sdp);
        int m = 0;
        while (m < lines.size() && !lines.get(m).startsWith("m=audio ")) {
            m++;
        }
        if (m == lines.size()) {
            return false;
        }
        String[] f = SdpLines.fields(lines.get(m).trim());
        List<String> formats = f.length > 3 ? Arrays.asList(f).subList(3, f.length) : List.of();
        if (formats.contains("0") || formats.contains("8")) {
            return true;
        }
        for (int i = m + 1; i < lines.size() && !lines.get(i).startsWith("m="); i++) {
            String l = lines.get(i).toLowerCase(Locale.ROOT);
            int space = l.indexOf(' ');
            if (l.startsWith("a=rtpmap:") && space > 0 && formats.contains(l.substring(9, space).trim())) {
                String encoding = l.substring(space + 1).trim();
                if (encoding.startsWith("pcmu/8000") || encoding.startsWith("pcma/8000")) {
                    return true;
                }
            }
        }
        return false;
    }
}
