package org.voxgate.spi.dtmf.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.voxgate.spi.dtmf.DtmfMessage;

/**
 * A setup message as the call core would hand it to a DTMF relay: header values in order (list headers already
 * split) and an SDP that, as the SPI says, can only be replaced when there is one. For the unit tests of relay
 * bundles (this module's test-jar).
 */
public final class FakeDtmfMessage implements DtmfMessage {
    private final boolean request;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private String sdp;
    private int sdpWrites;

    /** An INVITE without SDP. */
    public FakeDtmfMessage() {
        this(true, null);
    }

    public FakeDtmfMessage(boolean request, String sdp) {
        this.request = request;
        this.sdp = sdp;
    }

    /** Adds header values (builder style). */
    public FakeDtmfMessage header(String name, String... values) {
        for (String v : values) {
            headers.add(Map.entry(name, v));
        }
        return this;
    }

    /** Every header, in order. */
    public List<Map.Entry<String, String>> allHeaders() {
        return List.copyOf(headers);
    }

    /** How many times a relay replaced the SDP. */
    public int sdpWrites() {
        return sdpWrites;
    }

    @Override
    public boolean isRequest() {
        return request;
    }

    @Override
    public List<String> headers(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).toList();
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(Map.entry(name, value));
    }

    @Override
    public void removeHeaders(String name, Predicate<String> filter) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name) && filter.test(h.getValue()));
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
