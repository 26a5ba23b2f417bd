package org.voxgate.api.transport;

import org.osgi.annotation.versioning.ProviderType;

/** Registered by the transport bundle: which listening points are open now. */
@ProviderType
public interface SipTransports {
    TransportStatusDTO status();
}
