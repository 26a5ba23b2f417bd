package org.voxgate.registrar.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegisterRequest;
import org.voxgate.spi.registrar.RegisterResult;

/**
 * RFC 3261 §10.3 steps 6-8 for one REGISTER against the AOR's current bindings: all or nothing. Pure: the caller
 * holds the AOR's lock, reads the bindings from the store and puts the outcome back.
 */
final class BindingUpdate {
    /** Expiry when neither the contact's {@code expires} nor an Expires header gives one (then capped at max). */
    static final int DEFAULT_EXPIRES = 3600;
    static final int BAD_REQUEST = 400;
    static final int INTERVAL_TOO_BRIEF = 423;
    static final int SERVER_ERROR = 500;

    /**
     * @param failure  the response when the request fails (nothing changes), else null
     * @param bindings every binding of the AOR afterwards, most recently refreshed first
     * @param changed  whether they must be stored
     */
    record Outcome(RegisterResult failure, List<Binding> bindings, boolean changed) {
        static Outcome fail(RegisterResult r) {
            return new Outcome(r, List.of(), false);
        }
    }

    private BindingUpdate() {}

    /**
     * @param current the AOR's live bindings, as the store keeps them (most recent first)
     * @param min     {@code registrar server expires min}: a non-zero expiry below it is refused with 423
     * @param max     {@code registrar server expires max}: longer expiries are granted max
     */
    static Outcome apply(List<Binding> current, RegisterRequest request, int min, int max, long now) {
        if (request.wildcard()) {
            return removeAll(current, request);
        }
        if (request.contacts().isEmpty()) {
            return new Outcome(null, current, false); // a query (RFC 3261 10.2.3): the bindings, unchanged
        }
        // Step 7 checks every contact before any change (423 and 400 are about the whole request).
        for (RegisterRequest.Contact c : request.contacts()) {
            int requested = requested(c, request);
            if (requested > 0 && requested < min) {
                return Outcome.fail(new RegisterResult(INTERVAL_TOO_BRIEF, null, List.of(), min, null));
            }
            if (c.q() != null && (c.q() < 0f || c.q() > 1f || c.q().isNaN())) {
                return Outcome.fail(RegisterResult.failure(BAD_REQUEST, "Contact q-value must be 0 to 1"));
            }
        }
        Map<String, Binding> existing = new HashMap<>();
        for (Binding b : current) {
            existing.putIfAbsent(key(b.contact()), b);
        }
        // Contacts of this request, in request order; a contact named twice counts once, with the last values.
        LinkedHashMap<String, Binding> refreshed = new LinkedHashMap<>();
        Set<String> removed = new HashSet<>();
        for (RegisterRequest.Contact c : request.contacts()) {
            String key = key(c.uri());
            Binding old = existing.get(key);
            if (old != null && Objects.equals(old.callId(), request.callId()) && request.cseq() <= old.cseq()) {
                // Step 7: same Call-ID, CSeq not higher: "the update MUST be aborted and the request fails";
                // atomicity (10.3): a failed update answers 500 and changes nothing.
                return Outcome.fail(RegisterResult.failure(SERVER_ERROR,
                        "Out of order REGISTER: CSeq " + request.cseq() + " is not above " + old.cseq()));
            }
            int granted = Math.min(requested(c, request), max);
            if (granted <= 0) {
                refreshed.remove(key);
                removed.add(key);
            } else {
                refreshed.put(key, new Binding(request.aor(), c.uri(), c.q() == null ? 1.0f : c.q(),
                        now + granted * 1000L, request.callId(), request.cseq(), request.source()));
                removed.remove(key);
            }
        }
        // Most recent first: this request's contacts in the order it lists them, then the untouched ones.
        List<Binding> after = new ArrayList<>(refreshed.values());
        for (Binding b : current) {
            String key = key(b.contact());
            if (!refreshed.containsKey(key) && !removed.contains(key)) {
                after.add(b);
            }
        }
        return new Outcome(null, List.copyOf(after), true);
    }

    /** {@code Contact: *}: only alone and with {@code Expires: 0}; removes every binding (step 6). */
    private static Outcome removeAll(List<Binding> current, RegisterRequest request) {
        if (!request.contacts().isEmpty()) {
            return Outcome.fail(RegisterResult.failure(BAD_REQUEST, "Contact * must be the only Contact"));
        }
        if (request.expiresHeader() == null || request.expiresHeader() != 0) {
            return Outcome.fail(RegisterResult.failure(BAD_REQUEST, "Contact * needs Expires: 0"));
        }
        for (Binding b : current) {
            if (Objects.equals(b.callId(), request.callId()) && request.cseq() <= b.cseq()) {
                return Outcome.fail(RegisterResult.failure(SERVER_ERROR,
                        "Out of order REGISTER: CSeq " + request.cseq() + " is not above " + b.cseq()));
            }
        }
        return new Outcome(null, List.of(), !current.isEmpty());
    }

    /** The contact's {@code expires} parameter, else the Expires header, else the default (step 7). */
    static int requested(RegisterRequest.Contact c, RegisterRequest request) {
        if (c.expires() != null) {
            return c.expires();
        }
        if (request.expiresHeader() != null) {
            return request.expiresHeader();
        }
        return DEFAULT_EXPIRES;
    }

    /** Bindings are the same when their URIs are equivalent (RFC 3261 19.1.4); a non-SIP URI compares as text. */
    static String key(String uri) {
        SipUri parsed = SipUri.parse(uri);
        return parsed == null ? "raw:" + uri.trim() : parsed.comparisonKey();
    }
}
