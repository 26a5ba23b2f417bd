package org.voxgate.media.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.voxgate.spi.media.SdpLines;

/**
 * The SDP (RFC 4566) a relay needs: each {@code m=} line's port, protocol, formats, connection address, direction
 * and RTCP port, and a rewrite that puts the relay's address and ports in their place while every other line
 * passes through unchanged. Lenient on input (CRLF or LF, blank lines, extra blanks); writes CRLF lines.
 */
final class Sdp {
    static final int MAX_LENGTH = 65536;
    static final String SENDRECV = "sendrecv";
    private static final Set<String> DIRECTIONS = Set.of(SENDRECV, "sendonly", "recvonly", "inactive");
    /** ICE would route media around the relay: removed (the peers fall back to c=/m=). */
    private static final Set<String> ICE = Set.of("candidate", "ice-ufrag", "ice-pwd", "ice-options", "ice-lite",
            "ice-mismatch", "remote-candidates", "end-of-candidates");

    /**
     * One {@code m=} section.
     *
     * @param address   its connection address ({@code c=} of the section, else the session's); null if none
     * @param direction the section's direction attribute, else the session's, else sendrecv
     * @param rtcpPort  the {@code a=rtcp} port; -1 when absent (RTP port + 1)
     * @param rtpmap    payload type → {@code NAME/rate[/channels]} from {@code a=rtpmap}
     */
    record Media(int index, String type, int port, String proto, List<String> formats, String address,
            String direction, int rtcpPort, boolean rtcpMux, Map<Integer, String> rtpmap) {

        /** RTP whose headers the relay may rewrite (plain AVP/AVPF; SRTP is relayed untouched). */
        boolean rewritable() {
            String p = proto.toUpperCase(Locale.ROOT);
            return p.equals("RTP/AVP") || p.equals("RTP/AVPF");
        }

        /** Datagrams the relay can carry: anything not over TCP. */
        boolean relayable() {
            return port != 0 && !proto.toUpperCase(Locale.ROOT).startsWith("TCP");
        }

        /** {@code c=0.0.0.0} (RFC 2543 hold) or no address: send nothing to it. */
        boolean holdAddress() {
            return address == null || isUnspecified(address);
        }

        /** Payload type mapped to telephone-event (8 kHz preferred); -1 if none. */
        int telephoneEvent() {
            int found = -1;
            for (Map.Entry<Integer, String> e : rtpmap.entrySet()) {
                if (Codecs.TELEPHONE_EVENT.equals(Codecs.name(e.getValue()))) {
                    if (Codecs.clockRate(e.getValue(), 8000) == 8000) {
                        return e.getKey();
                    }
                    found = found < 0 ? e.getKey() : found;
                }
            }
            return found;
        }
    }

    private final List<String> session;
    private final List<List<String>> sections;
    private final List<Media> media;
    private final String sessionAddress;

    private Sdp(List<String> session, List<List<String>> sections, List<Media> media, String sessionAddress) {
        this.session = session;
        this.sections = sections;
        this.media = media;
        this.sessionAddress = sessionAddress;
    }

    List<Media> media() {
        return media;
    }

    /** @throws IllegalArgumentException when the text is not SDP or an {@code m=} line is malformed */
    static Sdp parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(text == null ? "no SDP" : "SDP longer than " + MAX_LENGTH);
        }
        List<String> session = new ArrayList<>();
        List<List<String>> sections = new ArrayList<>();
        for (String raw : SdpLines.lines(text)) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            if (line.charAt(0) == 'm') {
                sections.add(new ArrayList<>());
            }
            (sections.isEmpty() ? session : sections.get(sections.size() - 1)).add(line);
        }
        if (session.isEmpty() || !session.get(0).startsWith("v=")) {
            throw new IllegalArgumentException("not SDP: does not start with v=");
        }
        String sessionAddress = null;
        String sessionDirection = SENDRECV;
        for (String line : session) {
            if (line.startsWith("c=")) {
                sessionAddress = connectionAddress(line);
            } else if (DIRECTIONS.contains(line.substring(2))) {
                sessionDirection = line.substring(2);
            }
        }
        List<Media> media = new ArrayList<>();
        for (List<String> section : sections) {
            media.add(media(media.size(), section, sessionAddress, sessionDirection));
        }
        return new Sdp(session, sections, List.copyOf(media), sessionAddress);
    }

    private static Media media(int index, List<String> lines, String sessionAddress, String sessionDirection) {
        String[] m = SdpLines.fields(lines.get(0).substring(2).strip());
        if (m.length < 3) {
            throw new IllegalArgumentException("malformed m= line: " + lines.get(0));
        }
        int port;
        try {
            port = Integer.parseInt(m[1].contains("/") ? m[1].substring(0, m[1].indexOf('/')) : m[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed m= port: " + lines.get(0), e);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("m= port out of range: " + lines.get(0));
        }
        String address = sessionAddress;
        String direction = sessionDirection;
        int rtcpPort = -1;
        boolean mux = false;
        Map<Integer, String> rtpmap = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String value = line.substring(2).strip();
            if (line.startsWith("c=")) {
                address = connectionAddress(line);
            } else if (line.startsWith("a=")) {
                if (DIRECTIONS.contains(value)) {
                    direction = value;
                } else if (value.equals("rtcp-mux")) {
                    mux = true;
                } else if (value.startsWith("rtcp:")) {
                    rtcpPort = leadingInt(value.substring(5));
                } else if (value.startsWith("rtpmap:")) {
                    String[] f = SdpLines.fields(value.substring(7).strip(), 2);
                    int pt = leadingInt(f[0]);
                    if (f.length == 2 && pt >= 0 && pt <= 127) {
                        rtpmap.put(pt, f[1].strip());
                    }
                }
            }
        }
        return new Media(index, m[0], port, m[2], List.of(m).subList(3, m.length), address, direction, rtcpPort,
                mux, Map.copyOf(rtpmap));
    }

    /**
     * This SDP with {@code address} as connection and origin address, and for each m= section that
     * {@code ports} gives an {@code int[] {rtp, rtcp}} for, those ports in {@code m=} and {@code a=rtcp}. Sections
     * it gives null for keep their port (port 0, TCP); a section that is not relayed but used the session-level
     * {@code c=} gets its original address as its own {@code c=}. {@code c=0.0.0.0} (hold) stays. ICE attributes go.
     */
    String rewrite(String address, IntFunction<int[]> ports) {
        String type = address.indexOf(':') >= 0 ? "IP6" : "IP4";
        StringBuilder out = new StringBuilder(256);
        for (String line : session) {
            if (line.startsWith("o=")) {
                String[] f = SdpLines.fields(line.substring(2).strip());
                if (f.length >= 6) {
                    line = "o=" + f[0] + " " + f[1] + " " + f[2] + " IN " + type + " " + address;
                }
            } else if (line.startsWith("c=")) {
                line = connection(line, type, address);
            } else if (isIce(line)) {
                continue;
            }
            out.append(line).append("\r\n");
        }
        for (int i = 0; i < sections.size(); i++) {
            Media m = media.get(i);
            int[] relay = ports.apply(i);
            List<String> lines = new ArrayList<>();
            boolean ownConnection = false;
            for (String line : sections.get(i)) {
                if (line.startsWith("m=") && relay != null) {
                    String[] f = SdpLines.fields(line.substring(2).strip());
                    f[1] = Integer.toString(relay[0]);
                    line = "m=" + String.join(" ", f);
                } else if (line.startsWith("c=")) {
                    ownConnection = true;
                    line = relay != null || m.port() == 0 ? connection(line, type, address) : line;
                } else if (relay != null && line.startsWith("a=rtcp:")) {
                    line = "a=rtcp:" + relay[1] + (line.contains(" IN ") ? " IN " + type + " " + address : "");
                } else if (isIce(line)) {
                    continue;
                }
                lines.add(line);
            }
            if (relay == null && m.port() != 0 && !ownConnection && sessionAddress != null) {
                // not relayed (TCP): its media keeps flowing around the relay, to the address it had (after m=, i=)
                int at = lines.size() > 1 && lines.get(1).startsWith("i=") ? 2 : 1;
                lines.add(at, "c=IN " + (sessionAddress.indexOf(':') >= 0 ? "IP6" : "IP4") + " " + sessionAddress);
            }
            lines.forEach(l -> out.append(l).append("\r\n"));
        }
        return out.toString();
    }

    private static String connection(String line, String type, String address) {
        String current = connectionAddress(line);
        return current != null && isUnspecified(current) ? line : "c=IN " + type + " " + address;
    }

    private static boolean isIce(String line) {
        if (!line.startsWith("a=")) {
            return false;
        }
        int colon = line.indexOf(':');
        return ICE.contains(colon < 0 ? line.substring(2) : line.substring(2, colon));
    }

    /** {@code c=IN IP4 192.0.2.1[/ttl]} → the address; null if not IN IP4/IP6. */
    static String connectionAddress(String line) {
        String[] f = SdpLines.fields(line.substring(2).strip());
        if (f.length < 3 || !f[0].equals("IN") || !(f[1].equals("IP4") || f[1].equals("IP6"))) {
            return null;
        }
        int slash = f[2].indexOf('/');
        return slash < 0 ? f[2] : f[2].substring(0, slash);
    }

    static boolean isUnspecified(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("0:0:0:0:0:0:0:0");
    }

    private static int leadingInt(String s) {
        int end = 0;
        String t = s.strip();
        while (end < t.length() && Character.isDigit(t.charAt(end)) && end < 6) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(t.substring(0, end));
    }

    static boolean sends(String direction) {
        return direction.equals(SENDRECV) || direction.equals("sendonly");
    }

    static boolean receives(String direction) {
        return direction.equals(SENDRECV) || direction.equals("recvonly");
    }
}
