package org.voxgate.registrar.server.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.util.converter.Converters;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegisterRequest;
import org.voxgate.spi.registrar.RegisterRequest.Contact;
import org.voxgate.spi.registrar.RegistrationStore;

/** Builders for the tests: a registrar on an in-memory store with a settable clock, and REGISTER requests. */
final class Fixtures {
    static final long T0 = 1_800_000_000_000L;

    private Fixtures() {}

    static SrstRegistrar.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(SrstRegistrar.Config.class);
    }

    static SrstRegistrar registrar(MemoryStore store, Map<String, Object> properties, Pool... pools) {
        SrstRegistrar r = new SrstRegistrar(store, null, config(properties));
        r.clock = Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC);
        for (Pool p : pools) {
            r.add(p);
        }
        return r;
    }

    /** Enabled, default expiry limits, one open pool for 6xxx numbers. */
    static SrstRegistrar enabled(MemoryStore store) {
        return registrar(store, Map.of("registrar.server", true), Pool.of(1, "6...", null, null, null, null));
    }

    static void at(SrstRegistrar r, long millis) {
        r.clock = Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    static Contact contact(String uri) {
        return new Contact(uri, null, null);
    }

    static Contact contact(String uri, Integer expires, Float q) {
        return new Contact(uri, expires, q);
    }

    /** A REGISTER builder with sensible defaults (AOR 6001 from 127.0.0.1:5062, Call-ID c1, CSeq 1, no Expires). */
    static final class Req {
        String aor = "6001";
        List<Contact> contacts = new ArrayList<>();
        boolean wildcard;
        Integer expires;
        String callId = "c1";
        long cseq = 1;
        String address = "127.0.0.1";
        String authorization;

        static Req register(Contact... contacts) {
            Req r = new Req();
            r.contacts.addAll(Arrays.asList(contacts));
            return r;
        }

        Req aor(String a) {
            aor = a;
            return this;
        }

        Req wildcard() {
            wildcard = true;
            return this;
        }

        Req expires(Integer e) {
            expires = e;
            return this;
        }

        Req call(String id, long seq) {
            callId = id;
            cseq = seq;
            return this;
        }

        Req from(String a) {
            address = a;
            return this;
        }

        Req authorization(String a) {
            authorization = a;
            return this;
        }

        RegisterRequest build() {
            return new RegisterRequest("sip:127.0.0.1:5060", aor, contacts, wildcard, expires, callId, cseq, address,
                    "udp:" + address + ":5062", authorization);
        }
    }

    /** An order-keeping store in memory that counts its puts. */
    static final class MemoryStore implements RegistrationStore {
        final Map<String, List<Binding>> map = new ConcurrentHashMap<>();
        int puts;

        @Override
        public synchronized void put(String aor, List<Binding> bindings) {
            puts++;
            if (bindings.isEmpty()) {
                map.remove(aor);
            } else {
                map.put(aor, List.copyOf(bindings));
            }
        }

        @Override
        public List<Binding> lookup(String aor, long nowMillis) {
            return map.getOrDefault(aor, List.of()).stream().filter(b -> b.expiresAt() > nowMillis).toList();
        }

        @Override
        public int expire(long nowMillis) {
            return 0;
        }

        @Override
        public Map<String, List<Binding>> snapshot(long nowMillis) {
            Map<String, List<Binding>> all = new TreeMap<>();
            map.keySet().forEach(aor -> {
                List<Binding> live = lookup(aor, nowMillis);
                if (!live.isEmpty()) {
                    all.put(aor, live);
                }
            });
            return all;
        }

        @Override
        public int size() {
            return map.values().stream().mapToInt(List::size).sum();
        }
    }
}
