package org.voxgate.spi.dtmf;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A relay's state on one leg, from {@link DtmfRelay#attach} until {@link #close()}. Called on the call's serial
 * executor (never two calls at once for one call); return quickly and do timed work on the relay's own timer.
 */
@ConsumerType
public interface DtmfSession extends AutoCloseable {
    /** Plays a key press towards this leg's peer by this method, in order after the ones sent before. */
    void send(DtmfDigit digit);

    /**
     * An in-dialog request from this leg's peer. Returns the response to send when the request belongs to this
     * method (the relay consumed it), or null to let the core relay it to the other leg as usual.
     */
    default DtmfResponse onRequest(DtmfRequest request) {
        return null;
    }

    /** Extra words for {@code show sip-ua calls} (e.g. {@code "pt 101"}); empty by default. */
    default String describe() {
        return "";
    }

    /**
     * Detaches: cancels timers, ends subscriptions it owns where it still can, removes media taps. Digits not yet
     * sent may be lost; the core re-sends none. Idempotent.
     */
    @Override
    void close();
}
