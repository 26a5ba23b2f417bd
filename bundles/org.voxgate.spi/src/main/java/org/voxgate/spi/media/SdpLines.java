package org.voxgate.spi.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SDP text into lines and a line into blank-separated fields, by hand. Every offer and answer of every call
 * passes the media relay and each DTMF relay's SDP checks; the regular-expression splits they used before
 * ({@code split("\r?\n")}, {@code split(" +")}) were an eighth of the call core's CPU under call load.
 */
public final class SdpLines {
    private SdpLines() {}

    /**
     * The lines of {@code text}, each ended by CRLF, LF or a lone CR (the terminator not included). A text without a
     * final line end still gives its last line; a final line end gives no empty line after it, but blank lines
     * before it are kept (so joining the lines with the text's line end and adding one restores the text). The list
     * is new and modifiable.
     */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The fields of a line with no leading blank, as {@code line.split("\\s+")} gives them. */
    public static String[] fields(String line) {
        return fields(line, 0);
    }

    /**
     * The fields of a line with no leading blank, as {@code line.split("\\s+", limit)} gives them: limit 0 for all
     * of them, 2 for the first field and the rest of the line.
     */
    public static String[] fields(String line, int limit) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            if (limit > 0 && out.size() == limit - 1) {
                out.add(line.substring(i));
                break;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            out.add(line.substring(start, i));
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out.toArray(new String[0]);
    }
}
