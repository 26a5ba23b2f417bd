package org.voxgate.spi.transport;

import org.osgi.annotation.versioning.ProviderType;

/** An open listening point; closing it is idempotent. */
@ProviderType
public interface ListeningPointHandle extends AutoCloseable {
    /** {@code UDP} or {@code TCP}. */
    String transport();

    String address();

    int port();

    @Override
    void close();
}
