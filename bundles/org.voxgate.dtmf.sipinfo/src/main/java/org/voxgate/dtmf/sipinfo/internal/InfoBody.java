package org.voxgate.dtmf.sipinfo.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.voxgate.spi.dtmf.DtmfDigit;

/**
 * The bodies of a DTMF INFO: {@code application/dtmf-relay} ({@code Signal= 1\r\nDuration= 160\r\n}) and
 * {@code application/dtmf} (a bare key). Parsing is tolerant the way IOS is, because phones and SBCs differ in
 * spacing, line ends and key case (semantics §1.4).
 */
final class InfoBody {
    static final String DTMF_RELAY = "application/dtmf-relay";
    static final String DTMF = "application/dtmf";

    /** IOS plays a tone of 250 ms when the INFO gives no {@code Duration}. */
    static final int DEFAULT_DURATION_MS = 250;
    /** IOS clamps INFO durations into 100–5000 ms: shorter tones are not detected downstream, longer ones stall. */
    static final int MIN_DURATION_MS = 100;
    static final int MAX_DURATION_MS = 5000;

    /** What a body said: a key to relay, a signal we take but cannot relay (hook flash), or garbage. */
    sealed interface Parsed permits Key, Flash, Garbled {}

    record Key(DtmfDigit digit) implements Parsed {}

    /** A hook flash ({@code Signal=16}, {@code hf} or {@code !}): valid on the wire, but not a DTMF key. */
    record Flash() implements Parsed {}

    record Garbled(String reason) implements Parsed {}

    private InfoBody() {}

    /** The {@code application/dtmf-relay} body IOS sends: a space after each {@code =}, CRLF after each line. */
    static byte[] format(DtmfDigit digit) {
        String body = "Signal= " + digit.key() + "\r\nDuration= " + clamp(digit.durationMs()) + "\r\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Parses {@code application/dtmf-relay}: lines of {@code key=value} in any case, with any spaces, separated by
     * CRLF, LF or CR. Unknown keys are ignored; the first {@code Signal} and {@code Duration} count. A missing or
     * unreadable duration is the 250 ms default, because the key itself is what matters for relaying.
     */
    static Parsed parseDtmfRelay(byte[] body) {
        String signal = null;
        String duration = null;
        for (String line : text(body).split("\r\n|\r|\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).trim();
            if (name.equals("signal") && signal == null) {
                signal = value;
            } else if (name.equals("duration") && duration == null) {
                duration = value;
            }
        }
        if (signal == null) {
            return new Garbled("no Signal= line");
        }
        return signal(signal, duration(duration));
    }

    /** Parses {@code application/dtmf}: the key alone, surrounding white space allowed; no event codes. */
    static Parsed parseDtmf(byte[] body) {
        String key = text(body).trim();
        if (key.length() != 1 || !DtmfDigit.isKey(key.charAt(0))) {
            return new Garbled("'" + key + "' is not a DTMF key");
        }
        return new Key(new DtmfDigit(key.charAt(0), DEFAULT_DURATION_MS));
    }

    private static Parsed signal(String value, int durationMs) {
        if (value.length() == 1 && DtmfDigit.isKey(value.charAt(0))) {
            return new Key(new DtmfDigit(value.charAt(0), durationMs));
        }
        if (value.equalsIgnoreCase("hf") || value.equals("!") || value.equals("16")) {
            return new Flash();
        }
        // Some SIP phones send the RFC 4733 event code instead of the key for * # A-D (10-15).
        Optional<Integer> code = number(value);
        if (code.isPresent() && code.get() >= 10 && code.get() <= 15) {
            return new Key(new DtmfDigit(DtmfDigit.keyOf(code.get()), durationMs));
        }
        return new Garbled("Signal '" + value + "' is not a DTMF key");
    }

    private static int duration(String value) {
        if (value == null) {
            return DEFAULT_DURATION_MS;
        }
        // Leading digits only: tolerates "160ms" and trailing garbage.
        int end = 0;
        while (end < value.length() && end < 9 && Character.isDigit(value.charAt(end))) {
            end++;
        }
        return end == 0 ? DEFAULT_DURATION_MS : clamp(Integer.parseInt(value.substring(0, end)));
    }

    static int clamp(int durationMs) {
        return Math.max(MIN_DURATION_MS, Math.min(MAX_DURATION_MS, durationMs));
    }

    private static Optional<Integer> number(String value) {
        if (value.isEmpty() || value.length() > 2 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    private static String text(byte[] body) {
        // ISO-8859-1 maps every byte to a char, so a stray non-ASCII byte cannot throw; it just fails to match.
        return new String(body, StandardCharsets.ISO_8859_1);
    }
}
