package org.voxgate.spi.media;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The media relay service (provided by {@code org.voxgate.media}, state tier). The call core opens one session
 * per call, before it relays the first SDP, and closes it when the call ends. Thread-safe.
 */
@ProviderType
public interface MediaRelay {
    /**
     * Opens the media session of a call. No port is taken yet: ports are allocated when the first SDP with an
     * {@code m=} line passes through.
     *
     * @param callId   the call's id (for logs and show commands)
     * @param listener told about media inactivity; may be null
     * @throws MediaException {@link MediaException.Reason#CLOSED} when the relay is stopping,
     *                        {@link MediaException.Reason#NO_PORTS} when as many sessions are open as the port
     *                        range has pairs
     */
    MediaSession open(String callId, MediaListener listener) throws MediaException;
}
