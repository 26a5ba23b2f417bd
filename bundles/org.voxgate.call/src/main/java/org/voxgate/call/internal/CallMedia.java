package org.voxgate.call.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.header.ContactHeader;
import javax.sip.address.SipURI;

import org.voxgate.spi.media.MediaException;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaRelay;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaStats;

/**
 * The call's media anchor: every SDP that crosses from one leg to the other goes through here, and comes out
 * rewritten to the relay's own addresses and ports (media flow-through). Without a {@code MediaRelay} service,
 * or when it cannot take the call, SDP passes through unchanged (flow-around). Leg A is the caller's side, B the
 * callee's. Runs on the call's serial executor.
 */
final class CallMedia {
    private static final Logger LOG = Logger.getLogger(CallMedia.class.getName());
    private final Call call;
    private MediaSession session;

    CallMedia(Call call) {
        this.call = call;
    }

    void open(MediaRelay relay) {
        if (relay == null) {
            return;
        }
        try {
            session = relay.open(call.id, (s, leg, idle) -> call.executor.execute(() -> call.mediaInactive(leg, idle)));
        } catch (MediaException e) {
            LOG.warning(call + ": media not anchored (" + e.getMessage() + "); SDP passes through");
        }
    }

    /** The media session, or null when the media is not anchored. */
    MediaSession session() {
        return session;
    }

    boolean anchored() {
        return session != null;
    }

    void localAddress(MediaLeg leg, String host) {
        if (session != null && host != null) {
            session.localAddress(leg, host);
        }
    }

    /** Our host in a Contact header (the address the peer of that leg reaches us at). */
    static String hostOf(ContactHeader contact) {
        return contact != null && contact.getAddress().getURI() instanceof SipURI uri ? uri.getHost() : null;
    }

    byte[] offer(MediaLeg from, byte[] sdp) throws MediaException {
        return session == null || sdp == null ? sdp : bytes(session.offer(from, text(sdp)));
    }

    byte[] answer(MediaLeg from, byte[] sdp) throws MediaException {
        return session == null || sdp == null ? sdp : bytes(session.answer(from, text(sdp)));
    }

    /**
     * SDP from {@code from} when we do not control whether it is an offer or an answer: an answer if the other side
     * offered ({@code otherOffered}), else a (late) offer.
     */
    byte[] relay(MediaLeg from, byte[] sdp, boolean otherOffered) throws MediaException {
        return otherOffered ? answer(from, sdp) : offer(from, sdp);
    }

    /** Same as {@link #relay} for code paths that cannot refuse: on a media error the SDP passes unchanged. */
    byte[] relayOrPass(MediaLeg from, byte[] sdp, boolean otherOffered) {
        try {
            return relay(from, sdp, otherOffered);
        } catch (MediaException e) {
            LOG.log(Level.WARNING, call + ": SDP from leg " + from + " not anchored: " + e.getMessage(), e);
            return sdp;
        }
    }

    void rejected(MediaLeg from) {
        if (session != null) {
            session.offerRejected(from);
        }
    }

    List<MediaStats> stats(MediaLeg leg) {
        return session == null ? List.of() : session.stats(leg);
    }

    /**
     * Closes the session and lets go of it: the stack keeps an ended call reachable for a few seconds (the
     * INVITE client transaction's timers), and its media objects need not live that long.
     */
    void close() {
        MediaSession s = session;
        session = null;
        if (s != null) {
            s.close();
        }
    }

    static int statusFor(MediaException e) {
        return e.reason() == MediaException.Reason.BAD_SDP ? 488 : 503;
    }

    private static String text(byte[] sdp) {
        return new String(sdp, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String sdp) {
        return sdp.getBytes(StandardCharsets.UTF_8);
    }
}
