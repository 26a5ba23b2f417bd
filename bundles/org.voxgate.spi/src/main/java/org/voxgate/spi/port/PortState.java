package org.voxgate.spi.port;

/** IOS-like line states, as {@code show voice port summary} reports them (OPER / IN STATUS). */
public enum PortState {
    /** On hook, no call. */
    IDLE,
    /** Ringing for an incoming call. */
    RINGING,
    /** Off hook collecting or dialling digits for an outgoing call. */
    DIALING,
    /** In a call (either direction). */
    CONNECTED,
    /** Administratively shut down. */
    SHUTDOWN
}
