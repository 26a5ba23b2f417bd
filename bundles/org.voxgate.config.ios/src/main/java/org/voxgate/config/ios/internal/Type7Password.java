package org.voxgate.config.ios.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * IOS "type 7" password text: the reversible obfuscation IOS prints instead of a clear password
 * ({@code password 7 0822455D0A16}). Not encryption: it only keeps a password from being read over a
 * shoulder. Two decimal digits give the offset into a fixed key, then each byte is XORed with the key
 * and written as two hex digits.
 */
final class Type7Password {
    private static final byte[] KEY = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87".getBytes(StandardCharsets.US_ASCII);
    /** Offset used when printing: fixed, so that {@code show running-config} is stable. */
    static final int PRINT_OFFSET = 2;

    private Type7Password() {}

    static String encode(String clear) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%02d", PRINT_OFFSET));
        byte[] bytes = clear.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            b.append(String.format(Locale.ROOT, "%02X", (bytes[i] ^ KEY[(PRINT_OFFSET + i) % KEY.length]) & 0xff));
        }
        return b.toString();
    }

    static String decode(String type7) throws InvalidLine {
        if (!type7.matches("[0-9]{2}([0-9A-Fa-f]{2})+")) {
            throw new InvalidLine("not a type 7 password (2 digits, then hex digit pairs)"); // not echoed: a secret
        }
        int offset = Integer.parseInt(type7.substring(0, 2));
        if (offset >= KEY.length) {
            throw new InvalidLine("not a type 7 password (offset " + offset + " above " + (KEY.length - 1) + ")");
        }
        byte[] clear = new byte[(type7.length() - 2) / 2];
        for (int i = 0; i < clear.length; i++) {
            int v = Integer.parseInt(type7.substring(2 + 2 * i, 4 + 2 * i), 16);
            clear[i] = (byte) (v ^ KEY[(offset + i) % KEY.length]);
        }
        return new String(clear, StandardCharsets.UTF_8);
    }
}
