package org.voxgate.spi.registrar;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where bindings live. Implementations are thread-safe. {@link #put} is durable when it returns: a binding
 * that the registrar acknowledged with 200 must survive a {@code kill -9} of the gateway.
 */
@ConsumerType
public interface RegistrationStore {

    /**
     * Replaces every binding of {@code aor} (an empty list removes the AOR); durable on return. The store keeps
     * the list's order: the registrar puts the most recently refreshed contact first, which is how it breaks ties
     * between equal q-values when it forks.
     */
    void put(String aor, List<Binding> bindings);

    /** The current bindings of {@code aor} that have not expired at {@code nowMillis}, in the order last put. */
    List<Binding> lookup(String aor, long nowMillis);

    /** Removes bindings that expired before {@code nowMillis}; returns how many. */
    int expire(long nowMillis);

    /** Every AOR with its live bindings (for show commands; may be large). */
    Map<String, List<Binding>> snapshot(long nowMillis);

    /** Number of live bindings. */
    int size();
}
