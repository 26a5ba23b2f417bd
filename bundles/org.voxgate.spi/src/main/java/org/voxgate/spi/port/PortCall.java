package org.voxgate.spi.port;

import org.osgi.annotation.versioning.ProviderType;

/** A call on a port, as the other party (call core or port) controls it. */
@ProviderType
public interface PortCall {
    /** Ends the call from this side (network hang-up or cancel before answer); idempotent. */
    void release(int q850Cause);

    /** The remote side's SDP answer arrived (calls placed by the port, see {@link PortCallOrigination}). */
    default void remoteAnswered(String sdpAnswer) {}
}
