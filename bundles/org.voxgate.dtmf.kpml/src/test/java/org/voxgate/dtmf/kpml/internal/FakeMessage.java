package org.voxgate.dtmf.kpml.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.voxgate.spi.dtmf.DtmfMessage;

/** A setup message as the core would hand it over: header values in order, list headers already split. */
final class FakeMessage implements DtmfMessage {
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    String sdp;

    FakeMessage header(String name, String... values) {
        for (String v : values) {
            headers.add(Map.entry(name, v));
        }
        return this;
    }

    @Override
    public boolean isRequest() {
        return true;
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
        this.sdp = sdp;
    }
}
