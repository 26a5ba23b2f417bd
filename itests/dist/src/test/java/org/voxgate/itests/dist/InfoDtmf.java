package org.voxgate.itests.dist;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DTMF by SIP INFO (semantics.md §1.4 {@code sip-info}): one in-dialog INFO per key, Content-Type
 * application/dtmf-relay, body {@code Signal=<key>} / {@code Duration=<ms>}. Received: that body (spaces and bare
 * LF tolerated, 250 ms when Duration is absent) or application/dtmf (a bare key, 250 ms).
 */
final class InfoDtmf {
    static final int DEFAULT_DURATION_MS = 250;
    private static final Pattern SIGNAL = Pattern.compile("(?im)^\\s*Signal\\s*=\\s*(\\S)");
    private static final Pattern DURATION = Pattern.compile("(?im)^\\s*Duration\\s*=\\s*(\\d+)");

    private InfoDtmf() {}

    /** One INFO per key, each answered 2xx before the next; key-down to key-down is durationMs + gapMs. */
    static void send(DtmfUa ua, String keys, int durationMs, int gapMs) {
        for (char key : keys.toCharArray()) {
            DtmfDigit.event(key);
            long start = System.nanoTime();
            byte[] body = ("Signal=" + key + "\r\nDuration=" + durationMs + "\r\n").getBytes(StandardCharsets.US_ASCII);
            ua.inDialog("INFO", List.of(), "application/dtmf-relay", body);
            Pacing.until(start + (durationMs + gapMs) * 1_000_000L);
        }
    }

    /** The digit an INFO carries, or null if it carries none. */
    static DtmfDigit parse(SipMessage info) {
        String type = info.contentType();
        String body = info.bodyText();
        if (type.equals("application/dtmf-relay")) {
            Matcher signal = SIGNAL.matcher(body);
            if (!signal.find()) {
                return null;
            }
            Matcher duration = DURATION.matcher(body);
            int ms = duration.find() ? Integer.parseInt(duration.group(1)) : DEFAULT_DURATION_MS;
            return new DtmfDigit(signal.group(1).toUpperCase(Locale.ROOT).charAt(0), ms, DtmfMethod.SIP_INFO);
        }
        if (type.equals("application/dtmf") && !body.isBlank()) {
            return new DtmfDigit(body.trim().toUpperCase(Locale.ROOT).charAt(0), DEFAULT_DURATION_MS, DtmfMethod.SIP_INFO);
        }
        return null;
    }
}
