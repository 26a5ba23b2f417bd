package org.voxgate.spi.registrar;

import java.util.List;

/**
 * A REGISTER as the registrar needs it (the call core parses the SIP message).
 *
 * @param requestUri    the Request-URI (for digest authentication)
 * @param aor           the address of record: user part of the To URI
 * @param contacts      the Contact header values, in order; empty for a query (RFC 3261 10.2.3)
 * @param wildcard      {@code Contact: *} (remove all, only valid with {@code Expires: 0})
 * @param expiresHeader the Expires header value, or null
 * @param callId        Call-ID
 * @param cseq          CSeq number
 * @param sourceAddress the IP address the request came from
 * @param source        "transport:host:port" of the request's source
 * @param authorization the Authorization header value, or null
 */
public record RegisterRequest(String requestUri, String aor, List<Contact> contacts, boolean wildcard, Integer expiresHeader,
        String callId, long cseq, String sourceAddress, String source, String authorization) {

    public RegisterRequest {
        contacts = List.copyOf(contacts);
    }

    /**
     * One Contact value.
     *
     * @param uri     the contact URI
     * @param expires its {@code expires} parameter, or null
     * @param q       its {@code q} parameter, or null
     */
    public record Contact(String uri, Integer expires, Float q) {}
}
