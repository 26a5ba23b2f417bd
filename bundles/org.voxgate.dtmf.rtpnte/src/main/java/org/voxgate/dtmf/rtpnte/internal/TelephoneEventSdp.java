package org.voxgate.dtmf.rtpnte.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.voxgate.spi.media.SdpLines;

/**
 * The telephone-event part of an SDP (RFC 4733 §7): {@code a=rtpmap:PT telephone-event/8000}, its
 * {@code a=fmtp:PT 0-15} and PT in the {@code m=} line's format list. Only the first audio {@code m=} line is read or
 * extended, because the media relay injects and taps events there only; {@link #remove} cleans every m= line.
 * Text edits keep every other line, and the line ending, as they were.
 */
final class TelephoneEventSdp {
    static final String ENCODING = "telephone-event/8000";
    /** The events we relay: the 16 keys (flash = 16 is not relayed). */
    static final String EVENTS = "0-15";
    static final int FIRST_DYNAMIC = 96;
    static final int LAST_DYNAMIC = 127;

    private final List<String> lines;
    private final String eol;
    private final boolean finalEol;

    private TelephoneEventSdp(String sdp) {
        eol = sdp.contains("\r\n") ? "\r\n" : "\n";
        finalEol = sdp.endsWith("\n");
        lines = SdpLines.lines(sdp);
    }

    /** The PT that the first audio m= line maps to telephone-event/8000; -1 when none or without SDP. */
    static int payloadType(String sdp) {
        if (sdp == null) {
            return -1;
        }
        TelephoneEventSdp s = new TelephoneEventSdp(sdp);
        int m = s.firstAudio();
        List<Integer> pts = m < 0 ? List.of() : s.telephoneEvents(m);
        return pts.isEmpty() ? -1 : pts.get(0);
    }

    /**
     * Adds telephone-event/8000 to the first audio m= line unless it has one: {@code preferred} when that PT is
     * free there, else the next free dynamic PT (96-127, wrapping). Unchanged when there is no audio m= line or no
     * free dynamic PT.
     */
    static String add(String sdp, int preferred) {
        TelephoneEventSdp s = new TelephoneEventSdp(sdp);
        int m = s.firstAudio();
        if (m < 0 || !s.telephoneEvents(m).isEmpty()) {
            return sdp;
        }
        int pt = s.freeDynamic(m, preferred);
        if (pt < 0) {
            return sdp;
        }
        s.append(m, pt);
        return s.text();
    }

    /**
     * Makes the first audio m= line map exactly {@code pt} to telephone-event/8000 (PT remapping towards a peer that
     * offered {@code pt}): other telephone-event/8000 PTs go, {@code pt} is added. Unchanged when there is no audio
     * m= line or {@code pt} is taken by another encoding there.
     */
    static String remap(String sdp, int pt) {
        TelephoneEventSdp s = new TelephoneEventSdp(sdp);
        int m = s.firstAudio();
        if (m < 0 || s.taken(m, pt) && !s.telephoneEvents(m).contains(pt)) {
            return sdp;
        }
        if (s.telephoneEvents(m).equals(List.of(pt))) {
            return sdp;
        }
        for (int old : s.telephoneEvents(m)) {
            s.drop(m, old);
        }
        s.append(m, pt);
        return s.text();
    }

    /** Removes every telephone-event PT (any clock rate) from every m= line; an m= line left without formats keeps it. */
    static String remove(String sdp) {
        TelephoneEventSdp s = new TelephoneEventSdp(sdp);
        boolean changed = false;
        for (int m = s.nextMedia(-1); m >= 0; m = s.nextMedia(m)) {
            for (int pt : s.rtpmapped(m, "telephone-event")) {
                if (s.formats(m).size() > 1) {
                    s.drop(m, pt);
                    changed = true;
                }
            }
        }
        return changed ? s.text() : sdp;
    }

    private String text() {
        return String.join(eol, lines) + (finalEol ? eol : "");
    }

    private int nextMedia(int after) {
        for (int i = after + 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("m=")) {
                return i;
            }
        }
        return -1;
    }

    private int firstAudio() {
        for (int m = nextMedia(-1); m >= 0; m = nextMedia(m)) {
            if (lines.get(m).startsWith("m=audio ")) {
                return m;
            }
        }
        return -1;
    }

    /** One past the last line of the media section starting at {@code m}. */
    private int end(int m) {
        int next = nextMedia(m);
        return next < 0 ? lines.size() : next;
    }

    /** The format list of the m= line: {@code m=audio PORT PROTO fmt...}. */
    private List<String> formats(int m) {
        String[] f = SdpLines.fields(lines.get(m).trim());
        return f.length > 3 ? new ArrayList<>(Arrays.asList(f).subList(3, f.length)) : new ArrayList<>();
    }

    private List<Integer> telephoneEvents(int m) {
        List<Integer> out = new ArrayList<>();
        for (int pt : rtpmapped(m, ENCODING)) {
            if (formats(m).contains(Integer.toString(pt))) {
                out.add(pt);
            }
        }
        return out;
    }

    /**
     * PTs of the section whose rtpmap encoding starts with {@code encoding} (case-insensitive), in order; a bare
     * name such as {@code telephone-event} matches every clock rate.
     */
    private List<Integer> rtpmapped(int m, String encoding) {
        List<Integer> out = new ArrayList<>();
        String wanted = encoding.toLowerCase(Locale.ROOT);
        for (int i = m + 1; i < end(m); i++) {
            String l = lines.get(i);
            if (!l.startsWith("a=rtpmap:")) {
                continue;
            }
            int space = l.indexOf(' ');
            int pt = space < 0 ? -1 : parsePt(l.substring("a=rtpmap:".length(), space));
            String enc = space < 0 ? "" : l.substring(space + 1).trim().toLowerCase(Locale.ROOT);
            boolean matches = enc.equals(wanted) || enc.startsWith(wanted + "/");
            if (pt >= 0 && matches) {
                out.add(pt);
            }
        }
        return out;
    }

    private boolean taken(int m, int pt) {
        if (formats(m).contains(Integer.toString(pt))) {
            return true;
        }
        for (int i = m + 1; i < end(m); i++) {
            if (lines.get(i).startsWith("a=rtpmap:" + pt + " ")) {
                return true;
            }
        }
        return false;
    }

    private int freeDynamic(int m, int preferred) {
        int start = preferred >= FIRST_DYNAMIC && preferred <= LAST_DYNAMIC ? preferred : FIRST_DYNAMIC;
        int span = LAST_DYNAMIC - FIRST_DYNAMIC + 1;
        for (int i = 0; i < span; i++) {
            int pt = FIRST_DYNAMIC + (start - FIRST_DYNAMIC + i) % span;
            if (!taken(m, pt)) {
                return pt;
            }
        }
        return -1;
    }

    /** Adds PT to the m= line and its rtpmap/fmtp after the section's last rtpmap or fmtp (else at its end). */
    private void append(int m, int pt) {
        lines.set(m, lines.get(m).stripTrailing() + " " + pt);
        int at = end(m);
        for (int i = m + 1; i < end(m); i++) {
            if (lines.get(i).startsWith("a=rtpmap:") || lines.get(i).startsWith("a=fmtp:")) {
                at = i + 1;
            }
        }
        lines.add(at, "a=rtpmap:" + pt + " " + ENCODING);
        lines.add(at + 1, "a=fmtp:" + pt + " " + EVENTS);
    }

    /** Removes PT from the m= line with its rtpmap and fmtp lines. */
    private void drop(int m, int pt) {
        List<String> f = formats(m);
        f.remove(Integer.toString(pt));
        String[] head = SdpLines.fields(lines.get(m).trim());
        lines.set(m, String.join(" ", head[0], head[1], head[2]) + (f.isEmpty() ? "" : " " + String.join(" ", f)));
        for (int i = end(m) - 1; i > m; i--) {
            String l = lines.get(i);
            if (l.startsWith("a=rtpmap:" + pt + " ") || l.startsWith("a=fmtp:" + pt + " ")) {
                lines.remove(i);
            }
        }
    }

    private static int parsePt(String s) {
        try {
            int pt = Integer.parseInt(s.trim());
            return pt >= 0 && pt <= 127 ? pt : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
