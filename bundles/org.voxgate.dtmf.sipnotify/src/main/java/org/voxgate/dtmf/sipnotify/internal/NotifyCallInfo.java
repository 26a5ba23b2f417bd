package org.voxgate.dtmf.sipnotify.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.voxgate.spi.media.SdpLines;

/**
 * The {@code Call-Info} header that advertises Cisco NOTIFY DTMF (semantics §1.4):
 * {@code <sip:192.168.106.50:5060>;method="NOTIFY;Event=telephone-event;Duration=2000"}. The URI names the
 * advertising gateway; the peer sends its NOTIFYs in-dialog anyway, so only the {@code method} parameter matters.
 */
final class NotifyCallInfo {
    static final String HEADER = "Call-Info";

    private NotifyCallInfo() {}

    static String format(String hostPort, int durationMs) {
        return "<sip:" + hostPort + ">;method=\"NOTIFY;Event=telephone-event;Duration=" + durationMs + "\"";
    }

    /** Whether a Call-Info value is a NOTIFY telephone-event advertisement (ours or the peer's). */
    static boolean isNotifyDtmf(String callInfo) {
        return method(callInfo) != null;
    }

    /**
     * The advertised {@code Duration} of the first NOTIFY DTMF Call-Info among {@code values}; empty when none
     * advertises it or gives no usable duration.
     */
    static OptionalInt duration(List<String> values) {
        for (String v : values) {
            String[] method = method(v);
            if (method == null) {
                continue;
            }
            for (String p : method) {
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("Duration")) {
                    try {
                        int d = Integer.parseInt(p.substring(eq + 1).trim());
                        return d > 0 ? OptionalInt.of(d) : OptionalInt.empty();
                    } catch (NumberFormatException e) {
                        return OptionalInt.empty();
                    }
                }
            }
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }

    /**
     * The parts of the {@code method} parameter when it is {@code NOTIFY;Event=telephone-event[;...]} (any case,
     * spaces allowed), else null.
     */
    private static String[] method(String callInfo) {
        int close = callInfo.indexOf('>');
        String params = close < 0 ? callInfo : callInfo.substring(close + 1);
        String lower = params.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("method");
        while (at >= 0) {
            int eq = skipSpaces(params, at + "method".length());
            if (eq < params.length() && params.charAt(eq) == '=') {
                String value = params.substring(skipSpaces(params, eq + 1));
                if (value.startsWith("\"")) {
                    int end = value.indexOf('"', 1);
                    value = end < 0 ? value.substring(1) : value.substring(1, end);
                }
                String[] parts = value.split(";");
                boolean notify = parts[0].trim().equalsIgnoreCase("NOTIFY");
                for (int i = 1; notify && i < parts.length; i++) {
                    String[] kv = parts[i].split("=", 2);
                    if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("Event")
                            && kv[1].trim().equalsIgnoreCase("telephone-event")) {
                        return parts;
                    }
                }
                return null;
            }
            at = lower.indexOf("method", at + 1);
        }
        return null;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The {@code host[:port]} of a Contact value ({@code "Name" <sip:user@host:port;transport=udp>;expires=60} or
     * {@code sip:host:port}); null when it has none.
     */
    static String hostPort(String contact) {
        String uri = contact.trim();
        int open = uri.indexOf('<');
        if (open >= 0) {
            int close = uri.indexOf('>', open);
            uri = uri.substring(open + 1, close < 0 ? uri.length() : close);
        } else {
            // Without <>, parameters after ';' belong to the header, not the URI.
            int semi = uri.indexOf(';');
            uri = semi < 0 ? uri : uri.substring(0, semi);
        }
        int colon = uri.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String rest = uri.substring(colon + 1);
        int at = rest.lastIndexOf('@');
        rest = at < 0 ? rest : rest.substring(at + 1);
        int end = rest.length();
        for (char c : new char[] { ';', '?' }) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        rest = rest.substring(0, end).trim();
        return rest.isEmpty() ? null : rest;
    }

    /** The connection address of an SDP ({@code c=IN IP4 addr}), or null. */
    static String sdpAddress(String sdp) {
        if (sdp == null) {
            return null;
        }
        for (String line : SdpLines.lines(sdp)) {
            if (line.startsWith("c=")) {
                String[] f = SdpLines.fields(line.substring(2).trim());
                if (f.length >= 3) {
                    String addr = f[2];
                    int slash = addr.indexOf('/'); // multicast TTL
                    addr = slash < 0 ? addr : addr.substring(0, slash);
                    return f[1].equalsIgnoreCase("IP6") ? "[" + addr + "]" : addr;
                }
            }
        }
        return null;
    }
}
