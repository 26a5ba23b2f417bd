package org.voxgate.itests.dist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SIP message as the DTMF test UA sees it: start line, headers (full or compact names, case-insensitive)
 * and a byte body (Cisco's NOTIFY body is 4 binary bytes). Text is ISO-8859-1 so that bytes survive.
 */
final class SipMessage {
    private static final Map<String, String> COMPACT = Map.of("call-id", "i", "via", "v", "to", "t", "from", "f",
            "contact", "m", "content-length", "l", "content-type", "c", "event", "o", "allow-events", "u", "supported", "k");

    final String startLine;
    final List<String[]> headers;
    final byte[] body;
    final String raw;

    private SipMessage(String startLine, List<String[]> headers, byte[] body, String raw) {
        this.startLine = startLine;
        this.headers = headers;
        this.body = body;
        this.raw = raw;
    }

    static SipMessage parse(byte[] data, int length) {
        String text = new String(data, 0, length, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        int bodyAt = end < 0 ? text.length() : end + 4;
        if (end < 0) {
            end = text.length();
        }
        String[] lines = text.substring(0, end).split("\r\n");
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) { // folded continuation
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + " " + line.trim();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
        }
        byte[] body = text.substring(bodyAt).getBytes(StandardCharsets.ISO_8859_1);
        SipMessage m = new SipMessage(lines[0], headers, body, text);
        String cl = m.header("Content-Length");
        if (cl != null && Integer.parseInt(cl.trim()) < body.length) {
            byte[] cut = new byte[Integer.parseInt(cl.trim())];
            System.arraycopy(body, 0, cut, 0, cut.length);
            return new SipMessage(lines[0], headers, cut, text);
        }
        return m;
    }

    /** The bytes of a message: start line, headers, Content-Length (added here), blank line, body. */
    static byte[] format(String startLine, List<String> headers, byte[] body) {
        StringBuilder b = new StringBuilder(startLine).append("\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        b.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = b.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    boolean isRequest() {
        return !startLine.startsWith("SIP/2.0 ");
    }

    String method() {
        return startLine.substring(0, startLine.indexOf(' '));
    }

    /** The Request-URI of a request. */
    String requestUri() {
        String[] p = startLine.split(" ");
        return p.length > 1 ? p[1] : "";
    }

    int status() {
        return Integer.parseInt(startLine.split(" ")[1]);
    }

    /** The CSeq header's method. */
    String cseqMethod() {
        String cseq = header("CSeq");
        return cseq == null ? "" : cseq.substring(cseq.indexOf(' ') + 1).trim();
    }

    /** Every value of that header, in order; comma-separated values of one line stay together. */
    List<String> headers(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        String compact = COMPACT.get(wanted);
        List<String> values = new ArrayList<>();
        for (String[] h : headers) {
            String n = h[0].toLowerCase(Locale.ROOT);
            if (n.equals(wanted) || n.equals(compact)) {
                values.add(h[1]);
            }
        }
        return values;
    }

    /** The first value of that header, or null. */
    String header(String name) {
        List<String> all = headers(name);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Whether any value of the header, split at commas, equals the token (case-insensitive, parameters ignored). */
    boolean headerHasToken(String name, String token) {
        for (String value : headers(name)) {
            for (String t : value.split(",")) {
                String bare = t.contains(";") ? t.substring(0, t.indexOf(';')) : t;
                if (bare.trim().equalsIgnoreCase(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Event header's package without parameters, lower case, or "". */
    String event() {
        String e = header("Event");
        if (e == null) {
            return "";
        }
        return (e.contains(";") ? e.substring(0, e.indexOf(';')) : e).trim().toLowerCase(Locale.ROOT);
    }

    /** The body's media type without parameters, lower case, or "". */
    String contentType() {
        String c = header("Content-Type");
        if (c == null) {
            return "";
        }
        return (c.contains(";") ? c.substring(0, c.indexOf(';')) : c).trim().toLowerCase(Locale.ROOT);
    }

    String bodyText() {
        return new String(body, StandardCharsets.ISO_8859_1);
    }

    /** The value of a ;name=value parameter in a header value, or null. */
    static String param(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        for (String p : headerValue.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
                return p.substring(eq + 1).trim();
            }
        }
        return null;
    }

    /** The URI inside {@code <...>} of a name-addr, or the value up to the first ';' for an addr-spec. */
    static String uri(String nameAddr) {
        int lt = nameAddr.indexOf('<');
        if (lt >= 0) {
            return nameAddr.substring(lt + 1, nameAddr.indexOf('>', lt));
        }
        int semi = nameAddr.indexOf(';');
        return (semi < 0 ? nameAddr : nameAddr.substring(0, semi)).trim();
    }

    /** The port of a sip: URI (5060 when absent). */
    static int port(String sipUri) {
        String hostPort = sipUri.replaceFirst("^sips?:", "");
        hostPort = hostPort.substring(hostPort.indexOf('@') + 1);
        int semi = hostPort.indexOf(';');
        if (semi >= 0) {
            hostPort = hostPort.substring(0, semi);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? 5060 : Integer.parseInt(hostPort.substring(colon + 1));
    }

    @Override
    public String toString() {
        return raw;
    }
}
