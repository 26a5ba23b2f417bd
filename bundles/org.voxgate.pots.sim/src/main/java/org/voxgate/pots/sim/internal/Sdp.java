package org.voxgate.pots.sim.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The little SDP (RFC 4566) a phone needs: read an offer or answer, pick G.711, and write an offer or an
 * answer (RFC 3264). Lenient on whitespace (CRLF or LF, blank lines, tabs, repeated or trailing blanks);
 * writes strict CRLF lines.
 */
final class Sdp {
    static final String PROFILE = "RTP/AVP";

    /** One {@code m=} section; {@code connection} is its own {@code c=} address or the session's. */
    record Media(String type, int port, String proto, List<String> formats, Map<String, String> rtpmap,
            String connection) {}

    record Description(List<Media> media) {}

    /**
     * The chosen audio stream: the index of its {@code m=} line, the codec and the payload type the other side
     * used for it, and where to send RTP ({@code null} when its address is 0.0.0.0, i.e. on hold).
     */
    record Selection(Description description, int mediaIndex, G711Codec codec, int payloadType,
            InetSocketAddress remote) {}

    private Sdp() {}

    /** @throws IllegalArgumentException when there is no {@code v=} line or an {@code m=} line is malformed */
    static Description parse(String sdp) {
        if (sdp == null) {
            throw new IllegalArgumentException("no SDP");
        }
        String sessionConnection = null;
        boolean version = false;
        List<MediaBuilder> media = new ArrayList<>();
        for (String raw : sdp.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.length() < 2 || line.charAt(1) != '=') {
                continue;
            }
            String value = line.substring(2).strip();
            MediaBuilder current = media.isEmpty() ? null : media.get(media.size() - 1);
            switch (line.charAt(0)) {
                case 'v' -> version = true;
                case 'c' -> {
                    String address = connectionAddress(value);
                    if (current == null) {
                        sessionConnection = address;
                    } else {
                        current.connection = address;
                    }
                }
                case 'm' -> media.add(MediaBuilder.of(value));
                case 'a' -> {
                    if (current != null && value.startsWith("rtpmap:")) {
                        String[] f = value.substring("rtpmap:".length()).strip().split("\\s+", 2);
                        if (f.length == 2) {
                            current.rtpmap.put(f[0], f[1].strip());
                        }
                    }
                }
                default -> { }
            }
        }
        if (!version) {
            throw new IllegalArgumentException("not SDP: no v= line");
        }
        List<Media> out = new ArrayList<>();
        for (MediaBuilder m : media) {
            out.add(new Media(m.type, m.port, m.proto, List.copyOf(m.formats), Map.copyOf(m.rtpmap),
                    m.connection != null ? m.connection : sessionConnection));
        }
        return new Description(List.copyOf(out));
    }

    /**
     * The first {@code m=audio} stream (port not 0, RTP/AVP, with an address) offering G.711: PCMU if the stream
     * lists it, else PCMA. Empty when there is none or the text is not SDP.
     */
    static Optional<Selection> selectG711(String sdp) {
        Description d;
        try {
            d = parse(sdp);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (int i = 0; i < d.media().size(); i++) {
            Media m = d.media().get(i);
            if (!m.type().equals("audio") || m.port() == 0 || !m.proto().equalsIgnoreCase(PROFILE)
                    || m.connection() == null) {
                continue;
            }
            for (G711Codec wanted : G711Codec.values()) {
                for (String format : m.formats()) {
                    if (codecOf(m, format).filter(wanted::equals).isPresent()) {
                        InetSocketAddress remote = isUnspecified(m.connection()) ? null
                                : new InetSocketAddress(m.connection(), m.port());
                        return Optional.of(new Selection(d, i, wanted, Integer.parseInt(format), remote));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An offer of PCMU and PCMA on {@code address:port}. */
    static String offer(String address, int port, long sessionId) {
        StringBuilder b = header(address, sessionId);
        line(b, "m=audio " + port + " " + PROFILE + " 0 8");
        line(b, "a=rtpmap:0 PCMU/8000");
        line(b, "a=rtpmap:8 PCMA/8000");
        line(b, "a=ptime:20");
        line(b, "a=sendrecv");
        return b.toString();
    }

    /**
     * The answer to {@code chosen}'s offer: the chosen stream accepted with its one codec on {@code address:port},
     * every other {@code m=} line rejected with port 0 (RFC 3264 §6: as many m= lines as the offer).
     */
    static String answer(Selection chosen, String address, int port, long sessionId) {
        StringBuilder b = header(address, sessionId);
        List<Media> media = chosen.description().media();
        for (int i = 0; i < media.size(); i++) {
            Media m = media.get(i);
            if (i == chosen.mediaIndex()) {
                int pt = chosen.payloadType();
                line(b, "m=audio " + port + " " + m.proto() + " " + pt);
                line(b, "a=rtpmap:" + pt + " " + chosen.codec().encodingName() + "/" + G711Codec.CLOCK_RATE);
                line(b, "a=ptime:20");
                line(b, "a=sendrecv");
            } else {
                line(b, "m=" + m.type() + " 0 " + m.proto() + " " + (m.formats().isEmpty() ? "0" : m.formats().get(0)));
            }
        }
        return b.toString();
    }

    private static StringBuilder header(String address, long sessionId) {
        String addr = addressType(address) + " " + address;
        StringBuilder b = new StringBuilder();
        line(b, "v=0");
        line(b, "o=- " + sessionId + " " + sessionId + " IN " + addr);
        line(b, "s=Voxgate POTS simulator");
        line(b, "c=IN " + addr);
        line(b, "t=0 0");
        return b;
    }

    private static void line(StringBuilder b, String line) {
        b.append(line).append("\r\n");
    }

    private static String addressType(String address) {
        return address.indexOf(':') >= 0 ? "IP6" : "IP4";
    }

    /** {@code IN IP4 192.0.2.1[/ttl]} → the address; null if not IN IP4/IP6. */
    private static String connectionAddress(String value) {
        String[] f = value.split("\\s+");
        if (f.length < 3 || !f[0].equals("IN") || !(f[1].equals("IP4") || f[1].equals("IP6"))) {
            return null;
        }
        int slash = f[2].indexOf('/');
        return slash < 0 ? f[2] : f[2].substring(0, slash);
    }

    private static boolean isUnspecified(String address) {
        return address.equals("0.0.0.0") || address.equals("::");
    }

    /** The codec of one format of a stream: its {@code a=rtpmap} if present, else the static payload type. */
    private static Optional<G711Codec> codecOf(Media m, String format) {
        int payloadType;
        try {
            payloadType = Integer.parseInt(format);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (payloadType < 0 || payloadType > 127) {
            return Optional.empty();
        }
        String map = m.rtpmap().get(format);
        if (map != null) {
            String[] f = map.split("/");
            return f.length >= 2 && f[1].strip().equals(String.valueOf(G711Codec.CLOCK_RATE))
                    ? G711Codec.byEncodingName(f[0].strip()) : Optional.empty();
        }
        return G711Codec.byStaticPayloadType(payloadType);
    }

    private static final class MediaBuilder {
        String type;
        int port;
        String proto;
        List<String> formats;
        final Map<String, String> rtpmap = new LinkedHashMap<>();
        String connection;

        /** {@code audio 49170[/2] RTP/AVP 0 8} */
        static MediaBuilder of(String value) {
            String[] f = value.split("\\s+");
            if (f.length < 3) {
                throw new IllegalArgumentException("malformed m= line: " + value);
            }
            MediaBuilder m = new MediaBuilder();
            m.type = f[0];
            try {
                String port = f[1].contains("/") ? f[1].substring(0, f[1].indexOf('/')) : f[1];
                m.port = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("malformed m= port: " + value, e);
            }
            if (m.port < 0 || m.port > 65535) {
                throw new IllegalArgumentException("m= port out of range: " + value);
            }
            m.proto = f[2];
            m.formats = List.of(f).subList(3, f.length);
            return m;
        }
    }
}
