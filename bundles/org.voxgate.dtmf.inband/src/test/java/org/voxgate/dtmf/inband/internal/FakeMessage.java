package org.voxgate.dtmf.inband.internal;

import java.util.List;
import java.util.function.Predicate;

import org.voxgate.spi.dtmf.DtmfMessage;

/** A message with SDP only; headers are not used by in-band DTMF. */
final class FakeMessage implements DtmfMessage {
    private final boolean request;
    private String sdp;
    int sdpWrites;

    FakeMessage(boolean request, String sdp) {
        this.request = request;
        this.sdp = sdp;
    }

    @Override
    public boolean isRequest() {
        return request;
    }

    @Override
    public List<String> headers(String name) {
        return List.of();
    }

    @Override
    public void addHeader(String name, String value) {
        throw new UnsupportedOperationException("in-band DTMF adds no headers");
    }

    @Override
    public void removeHeaders(String name, Predicate<String> filter) {
        throw new UnsupportedOperationException("in-band DTMF removes no headers");
    }

    @Override
    public String sdp() {
        return sdp;
    }

    @Override
    public void sdp(String sdp) {
        if (this.sdp != null) {
            this.sdp = sdp;
            sdpWrites++;
        }
    }
}
