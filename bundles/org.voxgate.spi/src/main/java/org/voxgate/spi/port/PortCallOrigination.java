package org.voxgate.spi.port;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Provided by the call core: a port goes off hook and dials. The call core matches the inbound POTS dial
 * peer by port, routes the digits, and reports progress on {@code listener}.
 */
@ProviderType
public interface PortCallOrigination {
    /**
     * @param portId        the calling port ("0/0/0")
     * @param callingNumber the line's number (from its POTS dial peer's destination pattern when not given)
     * @param calledNumber  dialled digits (en bloc)
     * @param sdpOffer      the port's media offer
     * @return the call, to release it from the port's side
     */
    PortCall originate(String portId, String callingNumber, String calledNumber, String sdpOffer,
            PortCallListener listener);
}
