package org.voxgate.spi.dtmf;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;

/**
 * The call core's side of one leg a {@link DtmfRelay} was attached to. Thread-safe: a relay may call it from its
 * own timer or from a media tap; the core moves the work onto the call's serial executor.
 */
@ProviderType
public interface DtmfLeg {
    /** The call's id, for logs. */
    String callId();

    /** Which leg: A is the caller's, B the callee's. */
    MediaLeg side();

    /** The dial-peer tag this leg matched (for logs and show output); -1 for none (dial-peer 0). */
    int peerTag();

    /**
     * The peer's message that settled negotiation on this leg: its INVITE when the peer called us (leg A), its 18x or
     * 200 when we called it (leg B).
     */
    DtmfMessage peerMessage();

    /** The SDP the peer of this leg sent last (before the relay rewrote it), or null when it sent none yet. */
    String remoteSdp();

    /** The SDP we sent to the peer of this leg last (after rewriting), or null when none yet. */
    String localSdp();

    /** The call's media session, or null when the media is not anchored (flow-around): no taps, no injection. */
    MediaSession media();

    /**
     * A digit came in from this leg's peer (the relay decoded it): the core plays it on the other leg by that leg's
     * method. A relay reports each key press once, when it knows its duration.
     */
    void received(DtmfDigit digit);

    /**
     * Sends an in-dialog request to this leg's peer. The stage completes with the final response (408 on timeout,
     * 481 when the dialog is gone, 503 when it could not be sent); never exceptionally.
     */
    CompletionStage<DtmfResponse> send(DtmfRequest request);
}
