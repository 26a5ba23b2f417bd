package org.voxgate.call.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.function.Predicate;

import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import javax.sip.message.Request;

import org.voxgate.spi.dtmf.DtmfMessage;

/**
 * A JAIN-SIP message seen through the DTMF SPI. The SDP is held apart from the message because the call core sets
 * the body after the DTMF relays had their say ({@link #sdpBytes()}); for a received message it is the message's
 * SDP, or the SDP the peer sent earlier on the leg when this message has none (a 200 after SDP in a 183).
 */
final class SipDtmfMessage implements DtmfMessage {
    /** Headers that are comma-separated lists by their grammar (RFC 3261 7.3.1), split into single values. */
    private static final List<String> LIST_HEADERS = List.of("allow-events", "allow", "supported", "accept");
    /** The parsed message; null once {@link #detached}. */
    private final Message message;
    private final HeaderFactory headers;
    private final boolean outgoing;
    private final boolean request;
    /**
     * A detached message's header values, one {@code lower-case-name:value} line each; null while the parsed message
     * is kept. One string, not a map of lists of strings: a held call keeps two of these (BENCHMARKS.md, held calls).
     */
    private final String detachedHeaders;
    private String sdp;
    private boolean sdpChanged;

    private SipDtmfMessage(Message message, HeaderFactory headers, boolean outgoing, String sdp) {
        this.message = message;
        this.headers = headers;
        this.outgoing = outgoing;
        this.request = message instanceof Request;
        this.detachedHeaders = null;
        this.sdp = sdp;
    }

    private SipDtmfMessage(boolean request, String detachedHeaders, String sdp) {
        this.message = null;
        this.headers = null;
        this.outgoing = false;
        this.request = request;
        this.detachedHeaders = detachedHeaders;
        this.sdp = sdp;
    }

    /**
     * The same received message without the parsed SIP message behind it: every header's values as text and the
     * SDP. A connected call keeps this view for its relays (a hot-swapped relay reads it again) instead of the
     * parsed INVITE or 200, which is most of what a held call would otherwise keep of them.
     */
    static DtmfMessage detached(DtmfMessage m) {
        if (!(m instanceof SipDtmfMessage s) || s.outgoing || s.message == null) {
            return m;
        }
        StringBuilder all = new StringBuilder(512);
        for (ListIterator<?> names = s.message.getHeaderNames(); names.hasNext();) {
            String name = (String) names.next();
            String lower = name.toLowerCase(Locale.ROOT);
            for (String value : s.headers(name)) {
                if (value.indexOf('\n') >= 0) {
                    return m; // cannot happen for a parsed header; the line format could not hold it
                }
                all.append(lower).append(':').append(value).append('\n');
            }
        }
        return new SipDtmfMessage(s.request, all.toString(), s.sdp);
    }

    /** A message we are about to send, with the SDP it will carry (null = none). */
    static SipDtmfMessage outgoing(Message message, HeaderFactory headers, byte[] sdp) {
        return new SipDtmfMessage(message, headers, true, text(sdp));
    }

    /** A message the peer sent; {@code earlierSdp} stands in when it carries no SDP of its own. */
    static SipDtmfMessage received(Message message, String earlierSdp) {
        String own = SipMessages.isSdp(message) ? text(message.getRawContent()) : null;
        return new SipDtmfMessage(message, null, false, own != null ? own : earlierSdp);
    }

    @Override
    public boolean isRequest() {
        return request;
    }

    @Override
    public List<String> headers(String name) {
        if (detachedHeaders != null) {
            // by full name, any case, as the parsed message is asked (it does not expand compact names either)
            String prefix = name.toLowerCase(Locale.ROOT) + ':';
            List<String> values = new ArrayList<>(2);
            for (int at = 0, end; at < detachedHeaders.length(); at = end + 1) {
                end = detachedHeaders.indexOf('\n', at);
                if (detachedHeaders.startsWith(prefix, at)) {
                    values.add(detachedHeaders.substring(at + prefix.length(), end));
                }
            }
            return values;
        }
        List<String> values = new ArrayList<>(2);
        ListIterator<?> it = message.getHeaders(name);
        boolean list = LIST_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT));
        while (it != null && it.hasNext()) {
            String value = valueOf((Header) it.next());
            if (list) {
                for (String v : value.split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.trim());
                    }
                }
            } else {
                values.add(value);
            }
        }
        return values;
    }

    @Override
    public void addHeader(String name, String value) {
        requireOutgoing();
        try {
            message.addHeader(headers.createHeader(name, value));
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad " + name + " header value '" + value + "': " + e.getMessage(), e);
        }
    }

    @Override
    public void removeHeaders(String name, Predicate<String> filter) {
        requireOutgoing();
        List<String> keep = new ArrayList<>();
        ListIterator<?> it = message.getHeaders(name);
        while (it != null && it.hasNext()) {
            String v = valueOf((Header) it.next());
            if (!filter.test(v)) {
                keep.add(v);
            }
        }
        message.removeHeader(name);
        for (String v : keep) {
            addHeader(name, v);
        }
    }

    @Override
    public String sdp() {
        return sdp;
    }

    @Override
    public void sdp(String sdp) {
        requireOutgoing();
        if (this.sdp != null && sdp != null && !sdp.equals(this.sdp)) {
            this.sdp = sdp;
            sdpChanged = true;
        }
    }

    /** A relay changed the SDP (most setup messages pass every relay unchanged). */
    boolean sdpChanged() {
        return sdpChanged;
    }

    /** The SDP to send, after the relays' changes; null when the message carries none. */
    byte[] sdpBytes() {
        return sdp == null ? null : sdp.getBytes(StandardCharsets.UTF_8);
    }

    private void requireOutgoing() {
        if (!outgoing) {
            throw new UnsupportedOperationException("a received message cannot be changed");
        }
    }

    /** The header's value: its text after the first colon, without the line end. */
    static String valueOf(Header h) {
        String s = h.toString();
        int colon = s.indexOf(':');
        return (colon < 0 ? s : s.substring(colon + 1)).trim();
    }


    private static String text(byte[] b) {
        return b == null || b.length == 0 ? null : new String(b, StandardCharsets.UTF_8);
    }
}
