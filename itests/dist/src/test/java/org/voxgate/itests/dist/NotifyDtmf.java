package org.voxgate.itests.dist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DTMF by Cisco's unsolicited NOTIFY (semantics.md §1.4 {@code sip-notify}). Negotiated by a Call-Info header in the
 * INVITE and its 18x/200 ({@code method="NOTIFY;Event=telephone-event;Duration=N"}, the lower N of both sides).
 * Each key: NOTIFY with E=0 and the negotiated duration, another E=0 with 2×, 3×… if the key is held that long, then
 * at key-up E=1 with the real duration; each waits for the previous one's 200. Body: event | E R unused | duration
 * (16 bits, milliseconds). Received: one digit per E=1 NOTIFY, with its duration.
 */
final class NotifyDtmf {
    static final int MAX_DURATION_MS = 2000;
    private static final Pattern DURATION = Pattern.compile("(?i)Duration\\s*=\\s*(\\d+)");

    private NotifyDtmf() {}

    /** Our Call-Info header. */
    static String callInfo(int sipPort) {
        return "Call-Info: <sip:127.0.0.1:" + sipPort + ">;method=\"NOTIFY;Event=telephone-event;Duration=" + MAX_DURATION_MS + "\"";
    }

    /** The Duration the message's Call-Info offers for NOTIFY telephone-event, 2000 if it gives none, -1 without one. */
    static int peerDuration(SipMessage m) {
        for (String value : m.headers("Call-Info")) {
            if (value.toLowerCase(java.util.Locale.ROOT).contains("telephone-event")) {
                Matcher d = DURATION.matcher(value);
                return d.find() ? Integer.parseInt(d.group(1)) : MAX_DURATION_MS;
            }
        }
        return -1;
    }

    static void send(DtmfUa ua, String keys, int durationMs, int gapMs, int negotiatedMs) {
        for (char key : keys.toCharArray()) {
            int event = DtmfDigit.event(key);
            long start = System.nanoTime();
            notify(ua, event, false, negotiatedMs);
            for (int k = 2; (long) (k - 1) * negotiatedMs < durationMs; k++) {
                Pacing.until(start + (long) (k - 1) * negotiatedMs * 1_000_000L);
                notify(ua, event, false, Math.min(0xFFFF, k * negotiatedMs));
            }
            Pacing.until(start + durationMs * 1_000_000L);
            notify(ua, event, true, durationMs);
            Pacing.until(start + (durationMs + gapMs) * 1_000_000L);
        }
    }

    private static void notify(DtmfUa ua, int event, boolean end, int durationMs) {
        byte[] body = {(byte) event, (byte) (end ? 0x80 : 0), (byte) (durationMs >> 8), (byte) durationMs};
        ua.inDialog("NOTIFY", List.of("Event: telephone-event", "Subscription-State: active"), "audio/telephone-event", body);
    }

    /** The digit of an E=1 NOTIFY; null for E=0 (key still down) or a body that is not 4 bytes. */
    static DtmfDigit parse(SipMessage notify, List<String> problems) {
        byte[] b = notify.body;
        if (b.length != 4) {
            problems.add("NOTIFY telephone-event with a " + b.length + "-byte body:\n" + notify);
            return null;
        }
        if ((b[1] & 0x80) == 0) {
            return null;
        }
        return new DtmfDigit(DtmfDigit.key(b[0] & 0xFF), ((b[2] & 0xFF) << 8) | (b[3] & 0xFF), DtmfMethod.SIP_NOTIFY);
    }
}
