package org.voxgate.spi.dtmf;

import java.util.List;

/**
 * The parts of a call-setup message (INVITE, 18x, 200, and the SDP of an ACK) that DTMF negotiation reads and
 * writes: header values and the SDP. Provided by the call core. A message we received is read-only; on a message we
 * are building, {@link #addHeader}, {@link #removeHeaders} and {@link #sdp(String)} change what is sent.
 */
public interface DtmfMessage {
    /** True for an INVITE (the offering side of the negotiation), false for a response. */
    boolean isRequest();

    /**
     * The values of a header, in order, with comma-separated lists split into separate values (for headers that
     * are lists by RFC 3261 §7.3.1, such as {@code Allow-Events}); empty when absent. Names are case-insensitive.
     */
    List<String> headers(String name);

    /** Adds a header value (outgoing messages only). */
    void addHeader(String name, String value);

    /** Removes every value of a header for which the filter holds (outgoing messages only). */
    void removeHeaders(String name, java.util.function.Predicate<String> filter);

    /** The message's SDP as text, or null when it carries none. */
    String sdp();

    /** Replaces the message's SDP (outgoing messages that carry SDP only; ignored when {@link #sdp()} is null). */
    void sdp(String sdp);
}
