package org.voxgate.config.ios.internal;

/** Why one line was refused; the parser adds the line number. */
final class InvalidLine extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidLine(String reason) {
        super(reason, null, false, false);
    }
}
