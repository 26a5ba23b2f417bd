package org.voxgate.dialpeer.internal.select;

import java.util.Objects;

/**
 * Whether a peer can be used as an outbound peer, and if not, why — the reason is shown by
 * {@code show dialplan number} so an operator sees at once that a peer matched but was down.
 *
 * @param up     operationally up
 * @param reason {@code "up"} or a short explanation of why the peer is down
 */
public record OperationalState(boolean up, String reason) {
    public static final OperationalState UP = new OperationalState(true, "up");
    public static final OperationalState ADMIN_DOWN = new OperationalState(false, "shutdown");
    public static final OperationalState NO_DESTINATION_PATTERN =
            new OperationalState(false, "no destination-pattern");
    public static final OperationalState NO_SESSION_TARGET = new OperationalState(false, "no session target");

    public OperationalState {
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Outbound rule (semantics.md §1.2): admin up, and an outbound match statement; a voip peer also needs a
     * session target. Checked in that order so the reason names the first thing the operator has to fix.
     */
    public static OperationalState outbound(PeerCandidate peer) {
        if (!peer.adminUp()) {
            return ADMIN_DOWN;
        }
        if (peer.destinationPattern() == null) {
            return NO_DESTINATION_PATTERN;
        }
        if (peer.isVoip() && !peer.hasSessionTarget()) {
            return NO_SESSION_TARGET;
        }
        return UP;
    }
}
