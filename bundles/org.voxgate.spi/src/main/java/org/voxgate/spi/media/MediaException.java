package org.voxgate.spi.media;

/** A media session could not be opened or an SDP could not be relayed. */
public class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why; the call core maps it to a SIP status. */
    public enum Reason {
        /** No free RTP/RTCP port pair in the configured range (suggested SIP status 503). */
        NO_PORTS,
        /** The SDP could not be parsed or has too many m= lines (suggested SIP status 488). */
        BAD_SDP,
        /** The session or the relay is closed (bundle stopping). */
        CLOSED
    }

    private final Reason reason;

    public MediaException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MediaException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
