package org.voxgate.spi.media;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a media session reports to its call. Called on a relay thread: hand the work to the call's own
 * executor and return at once.
 */
@ConsumerType
public interface MediaListener {
    /**
     * No RTP arrived from {@code leg}'s peer for {@code idleSeconds} (IOS {@code timer receive-rtp}) although the
     * negotiated direction says that peer sends. Reported once per silent period; packets arriving again re-arm it.
     * IOS clears such a call; what to do is the call core's choice.
     */
    void inactive(MediaSession session, MediaLeg leg, long idleSeconds);
}
