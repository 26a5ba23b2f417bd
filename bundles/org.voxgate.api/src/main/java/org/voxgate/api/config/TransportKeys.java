package org.voxgate.api.config;

/** Attribute keys of {@link ConfigPids#TRANSPORT}; each names its IOS command. */
public final class TransportKeys {
    /** {@code sip-ua} / {@code [no] transport udp}; default enabled. */
    public static final String UDP = "udp";
    /** {@code sip-ua} / {@code [no] transport tcp}; default enabled. */
    public static final String TCP = "tcp";
    /** {@code voice service voip} / {@code sip} / {@code listen-port non-secure N}; default 5060. */
    public static final String LISTEN_PORT = "listen.port";
    public static final int LISTEN_PORT_DEFAULT = 5060;
    /** Address the listening points bind to; default all interfaces. */
    public static final String BIND_ADDRESS = "bind.address";
    public static final String BIND_ADDRESS_DEFAULT = "0.0.0.0";

    private TransportKeys() {}
}
