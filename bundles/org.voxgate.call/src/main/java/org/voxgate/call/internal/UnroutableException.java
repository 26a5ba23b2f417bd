package org.voxgate.call.internal;

/** A route target that cannot be tried at all (no transport, no sip-server, unresolvable host, send failed). */
final class UnroutableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnroutableException(String message) {
        super(message);
    }

    UnroutableException(String message, Throwable cause) {
        super(message, cause);
    }
}
