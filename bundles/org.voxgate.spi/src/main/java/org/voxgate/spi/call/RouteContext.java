package org.voxgate.spi.call;

import java.util.List;
import java.util.Optional;

import org.voxgate.spi.routing.InboundPeer;
import org.voxgate.spi.routing.RouteTarget;

/**
 * What the core knows about a call when it has been routed.
 *
 * @param callingNumber the caller (From user part)
 * @param calledNumber  the dialled number (Request-URI user part)
 * @param fromSip       the call came in over SIP (not from a POTS port)
 * @param inbound       the inbound dial peer, empty for dial-peer 0
 * @param targets       the hunt list, best first
 */
public record RouteContext(String callingNumber, String calledNumber, boolean fromSip, Optional<InboundPeer> inbound,
        List<RouteTarget> targets) {

    public RouteContext {
        targets = List.copyOf(targets);
    }

    /** SIP in and the first target is a VoIP peer: an IP-to-IP (hairpin) call. */
    public boolean isSipToSip() {
        return fromSip && !targets.isEmpty() && !targets.get(0).isPots();
    }
}
