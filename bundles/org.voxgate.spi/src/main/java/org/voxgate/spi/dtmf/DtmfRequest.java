package org.voxgate.spi.dtmf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An in-dialog request a DTMF relay sends or receives (INFO, NOTIFY, SUBSCRIBE). Routing headers (Via, To, From,
 * Call-ID, CSeq, Route, Max-Forwards, Contact, Content-Length) belong to the dialog and are filled in by the call
 * core; {@code headers} holds the rest, in order.
 *
 * @param method      the SIP method, upper case
 * @param headers     other headers as name/value pairs, in order (a name may appear several times)
 * @param contentType the body's media type ({@code type/subtype} with any parameters), or null without a body
 * @param body        the body, empty when there is none
 */
public record DtmfRequest(String method, List<Map.Entry<String, String>> headers, String contentType, byte[] body) {
    public DtmfRequest {
        method = method.toUpperCase(Locale.ROOT);
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** The media type of the body without parameters, lower case ({@code application/dtmf-relay}); null without one. */
    public String mediaType() {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
