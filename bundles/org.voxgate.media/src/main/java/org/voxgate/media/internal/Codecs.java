package org.voxgate.media.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Payload types and codec names: the RFC 3551 static payload types, {@code a=rtpmap} encodings, and the IOS
 * names show commands print ({@code g711ulaw}, ...).
 */
final class Codecs {
    static final String TELEPHONE_EVENT = "TELEPHONE-EVENT";
    static final String PCMU = "PCMU";
    static final String PCMA = "PCMA";

    /** RFC 3551 table 4: static audio payload types with their encoding/clock. */
    private static final Map<Integer, String> STATIC = Map.ofEntries(
            Map.entry(0, "PCMU/8000"), Map.entry(3, "GSM/8000"), Map.entry(4, "G723/8000"),
            Map.entry(8, "PCMA/8000"), Map.entry(9, "G722/8000"), Map.entry(13, "CN/8000"),
            Map.entry(15, "G728/8000"), Map.entry(18, "G729/8000"), Map.entry(34, "H263/90000"));

    private static final Map<String, String> IOS = Map.of(
            PCMU, "g711ulaw", PCMA, "g711alaw", "G729", "g729r8", "G722", "g722-64", "G728", "g728",
            "G723", "g723r63", "GSM", "gsmfr", "ILBC", "ilbc", TELEPHONE_EVENT, "telephone-event");

    private Codecs() {}

    /** {@code NAME/rate[/channels]} for a payload type: the SDP's rtpmap wins, then the static table; null if unknown. */
    static String encoding(int payloadType, Map<Integer, String> rtpmap) {
        String mapped = rtpmap == null ? null : rtpmap.get(payloadType);
        return mapped != null ? mapped : STATIC.get(payloadType);
    }

    /** Upper-case encoding name without rate ({@code PCMU}); null if unknown. */
    static String name(String encoding) {
        if (encoding == null) {
            return null;
        }
        int slash = encoding.indexOf('/');
        return (slash < 0 ? encoding : encoding.substring(0, slash)).strip().toUpperCase(Locale.ROOT);
    }

    /** Clock rate of an encoding ({@code PCMU/8000} → 8000); {@code fallback} if it names none. */
    static int clockRate(String encoding, int fallback) {
        if (encoding == null) {
            return fallback;
        }
        String[] f = encoding.split("/");
        try {
            return f.length >= 2 ? Integer.parseInt(f[1].strip()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** IOS codec name for an encoding ({@code PCMU/8000} → {@code g711ulaw}); the lower-case name otherwise. */
    static String iosName(String encoding) {
        String name = name(encoding);
        if (name == null) {
            return null;
        }
        return IOS.getOrDefault(name, name.toLowerCase(Locale.ROOT));
    }

    /** 1 for PCMU, 0 for PCMA, -1 for anything else (G.711 at 8 kHz only). */
    static int g711(String encoding) {
        String name = name(encoding);
        if (name == null || clockRate(encoding, 8000) != 8000) {
            return -1;
        }
        return PCMU.equals(name) ? 1 : PCMA.equals(name) ? 0 : -1;
    }
}
