package org.voxgate.spi.routing;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** Chooses the dial peers of a call. Implementations must be thread-safe and must not block. */
@ConsumerType
public interface Router {

    /**
     * Outbound selection: the hunt list for a called number, best first, already cut after a peer with
     * {@code huntstop}. Empty when no operational peer matches (the call gets 404).
     *
     * @throws IllegalStateException when the router cannot decide right now (it is starting or stopping, e.g.
     *         while its bundle is updated); the call then gets 503 with Retry-After, never a false 404
     */
    List<RouteTarget> route(String calledNumber, String callingNumber);

    /**
     * Inbound matching of a SIP call (IOS order: incoming called-number, answer-address, destination-pattern
     * against the calling number). Empty means dial-peer 0.
     */
    Optional<InboundPeer> matchInbound(String calledNumber, String callingNumber);

    /**
     * The number of a POTS line, for calls its port places: the destination pattern of the POTS dial peer with
     * that {@code port} when the pattern is a plain number. Empty when there is none.
     */
    default Optional<String> lineNumber(String portId) {
        return Optional.empty();
    }
}
