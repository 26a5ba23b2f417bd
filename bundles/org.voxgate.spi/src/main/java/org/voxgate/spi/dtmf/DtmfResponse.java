package org.voxgate.spi.dtmf;

import java.util.List;
import java.util.Map;

/**
 * The final response to a DTMF request: what a relay answers to a request it took
 * ({@link DtmfSession#onRequest}), or what the peer answered to one the relay sent ({@link DtmfLeg#send}).
 *
 * @param status  SIP status code; for a request we sent, 408 when it timed out and 503 when it could not be sent
 * @param headers extra headers (not dialog headers), in order
 */
public record DtmfResponse(int status, List<Map.Entry<String, String>> headers, String contentType, byte[] body) {
    public DtmfResponse {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static DtmfResponse of(int status) {
        return new DtmfResponse(status, List.of(), null, null);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
