package org.voxgate.call.internal;

/** A route target that cannot be tried at all (no transport, no sip-server, unresolvable host, send failed). */
final class UnroutableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The SIP status the caller gets if this was the last target (503 unless the target says better). */
    final int status;

    UnroutableException(String message) {
        this(message, 503);
    }

    UnroutableException(String message, int status) {
        super(message);
        this.status = status;
    }

    UnroutableException(String message, Throwable cause) {
        super(message, cause);
        this.status = 503;
    }
}
