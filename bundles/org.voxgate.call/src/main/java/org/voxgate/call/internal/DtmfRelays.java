package org.voxgate.call.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;

import org.voxgate.spi.dtmf.DtmfRelay;

/**
 * The DTMF relay services the core currently sees, by method (the highest service ranking wins when two bundles
 * offer the same method), and the digit counters of {@code show sip-ua statistics}. Thread-safe; calls read it at
 * every negotiation, so a relay that comes or goes is seen by the next event of every call.
 */
final class DtmfRelays {
    /** The methods in the order counters are kept and shown. */
    static final List<String> METHODS = List.of(DtmfRelay.RTP_NTE, DtmfRelay.SIP_INFO, DtmfRelay.SIP_NOTIFY,
            DtmfRelay.SIP_KPML, DtmfRelay.INBAND);

    private record Entry(DtmfRelay relay, String method, int ranking, long serviceId) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    /** {@link #all()}, recomputed when a relay comes or goes: every call setup reads it several times. */
    private volatile List<DtmfRelay> all = List.of();
    private final AtomicLongArray received = new AtomicLongArray(METHODS.size() + 1);
    private final AtomicLongArray sent = new AtomicLongArray(METHODS.size() + 1);

    synchronized void add(DtmfRelay relay, Map<String, Object> properties) {
        Object m = properties.get(DtmfRelay.METHOD);
        String method = m == null ? relay.method() : m.toString();
        entries.add(new Entry(relay, method, ranking(properties), id(properties)));
        all = providers();
    }

    synchronized void remove(DtmfRelay relay) {
        entries.removeIf(e -> e.relay == relay);
        all = providers();
    }

    /** The relay of a method, or null when no bundle provides it now. */
    DtmfRelay get(String method) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.method.equals(method) && (best == null || e.ranking > best.ranking
                    || e.ranking == best.ranking && e.serviceId < best.serviceId)) {
                best = e;
            }
        }
        return best == null ? null : best.relay;
    }

    /** One relay per method (the one {@link #get} returns), sorted by method. */
    List<DtmfRelay> all() {
        return all;
    }

    private List<DtmfRelay> providers() {
        List<DtmfRelay> providers = new ArrayList<>();
        entries.stream().map(Entry::method).distinct().sorted(Comparator.naturalOrder())
                .map(this::get).filter(Objects::nonNull).forEach(providers::add);
        return List.copyOf(providers);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    void countReceived(String method) {
        received.incrementAndGet(index(method));
    }

    void countSent(String method) {
        sent.incrementAndGet(index(method));
    }

    /** Digits received by method (METHODS order, then other methods together). */
    long[] received() {
        return copy(received);
    }

    long[] sent() {
        return copy(sent);
    }

    void clearCounters() {
        for (int i = 0; i < received.length(); i++) {
            received.set(i, 0);
            sent.set(i, 0);
        }
    }

    private static int index(String method) {
        int i = METHODS.indexOf(method);
        return i < 0 ? METHODS.size() : i;
    }

    private static long[] copy(AtomicLongArray a) {
        long[] c = new long[a.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = a.get(i);
        }
        return c;
    }

    private static int ranking(Map<String, Object> p) {
        return p.get("service.ranking") instanceof Integer r ? r : 0;
    }

    private static long id(Map<String, Object> p) {
        return p.get("service.id") instanceof Long l ? l : Long.MAX_VALUE;
    }
}
