package org.voxgate.registrar.store.file.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import org.voxgate.spi.registrar.Binding;

/**
 * One journal (or snapshot) line: the complete binding list of one address of record, so that replaying the
 * lines in order leaves each AOR at its last list (an empty list removes it).
 * <pre>
 * B1 TAB crc32-hex TAB aor TAB count { TAB contact TAB q TAB expiresAt TAB callId TAB cseq TAB source }* LF
 * </pre>
 * The CRC-32 covers everything after its own field. Text fields escape {@code %}, TAB, CR and LF as {@code %XX};
 * a null field is {@code %N}. A line that does not end in LF, or whose CRC does not match, is not a record.
 */
record JournalRecord(String aor, List<Binding> bindings) {
    static final String MAGIC = "B1";
    private static final int FIELDS_PER_BINDING = 6;
    private static final String NULL = "%N";

    JournalRecord {
        bindings = List.copyOf(bindings);
    }

    /** The line, LF included, as UTF-8 bytes. */
    byte[] encode() {
        StringBuilder payload = new StringBuilder(64 + 96 * bindings.size());
        payload.append(escape(aor)).append('\t').append(bindings.size());
        for (Binding b : bindings) {
            payload.append('\t').append(escape(b.contact()))
                    .append('\t').append(b.q())
                    .append('\t').append(b.expiresAt())
                    .append('\t').append(escape(b.callId()))
                    .append('\t').append(b.cseq())
                    .append('\t').append(escape(b.source()));
        }
        byte[] body = payload.toString().getBytes(StandardCharsets.UTF_8);
        String head = MAGIC + '\t' + crcHex(body, 0, body.length) + '\t';
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[headBytes.length + body.length + 1];
        System.arraycopy(headBytes, 0, line, 0, headBytes.length);
        System.arraycopy(body, 0, line, headBytes.length, body.length);
        line[line.length - 1] = '\n';
        return line;
    }

    /**
     * Parses one line without its LF.
     *
     * @throws IllegalArgumentException when the line is not a valid record (bad magic, CRC, field count or number)
     */
    static JournalRecord decode(byte[] line, int offset, int length) {
        int prefix = MAGIC.length() + 1 + 8 + 1;
        if (length < prefix || line[offset] != 'B' || line[offset + 1] != '1' || line[offset + 2] != '\t'
                || line[offset + prefix - 1] != '\t') {
            throw new IllegalArgumentException("not a B1 record");
        }
        String crc = new String(line, offset + 3, 8, StandardCharsets.US_ASCII);
        int bodyStart = offset + prefix;
        int bodyLength = length - prefix;
        if (!crc.equals(crcHex(line, bodyStart, bodyLength))) {
            throw new IllegalArgumentException("CRC mismatch");
        }
        String[] f = new String(line, bodyStart, bodyLength, StandardCharsets.UTF_8).split("\t", -1);
        String aor = unescape(f[0]);
        int count = f.length > 1 ? Integer.parseInt(f[1]) : -1;
        if (aor == null || count < 0 || f.length != 2 + count * FIELDS_PER_BINDING) {
            throw new IllegalArgumentException("bad field count");
        }
        List<Binding> bindings = new ArrayList<>(count);
        for (int i = 0, at = 2; i < count; i++, at += FIELDS_PER_BINDING) {
            bindings.add(new Binding(aor, unescape(f[at]), Float.parseFloat(f[at + 1]), Long.parseLong(f[at + 2]),
                    unescape(f[at + 3]), Long.parseLong(f[at + 4]), unescape(f[at + 5])));
        }
        return new JournalRecord(aor, bindings);
    }

    private static String crcHex(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()) + hex;
    }

    static String escape(String s) {
        if (s == null) {
            return NULL;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = switch (c) {
                case '%' -> "%25";
                case '\t' -> "%09";
                case '\n' -> "%0A";
                case '\r' -> "%0D";
                default -> null;
            };
            if (e != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    static String unescape(String s) {
        if (s.equals(NULL)) {
            return null;
        }
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("truncated escape");
                }
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
