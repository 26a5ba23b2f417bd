package org.voxgate.spi.port;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One analog line. Registered with service property {@link #PORT_ID} (IOS {@code X/Y/Z}, e.g. "0/0/0").
 * Implementations are thread-safe; callbacks to {@link PortCallListener} may come from any thread.
 */
@ConsumerType
public interface Port {
    /** Service property: the port's IOS name, e.g. "0/0/0". */
    String PORT_ID = "voxgate.port.id";

    String id();

    /** "FXS" or "FXO". */
    String signalling();

    PortState state();

    /**
     * A call for this line: ring it. Returns at once; the outcome arrives on {@code listener}
     * ({@link PortCallListener#alerting()}, then {@link PortCallListener#answered(String)} or
     * {@link PortCallListener#released(int)}).
     *
     * @param callingNumber caller ID to present
     * @param calledNumber  digits outpulsed to the line (after prefix/forward-digits)
     * @param sdpOffer      the network side's media offer (RTP address, G.711 payload types), or null
     * @throws PortBusyException when the line is not idle (the call gets "user busy")
     */
    PortCall ring(String callingNumber, String calledNumber, String sdpOffer, PortCallListener listener)
            throws PortBusyException;
}
