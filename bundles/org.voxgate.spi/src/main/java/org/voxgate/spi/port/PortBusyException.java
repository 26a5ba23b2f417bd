package org.voxgate.spi.port;

/** The port is not idle. */
public class PortBusyException extends Exception {
    private static final long serialVersionUID = 1L;

    public PortBusyException(String message) {
        super(message);
    }
}
