package org.voxgate.api.config;

/**
 * Attribute keys of the registrar client, factory PID {@link ConfigPids#REGISTRATION}, configuration name
 * {@link #PRIMARY} or {@link #SECONDARY}. IOS: {@code sip-ua} /
 * {@code registrar ipv4:A[:port] | dns:host[:port] [expires N] [tcp] [secondary]}; each line replaces the
 * whole configuration of its registrar, {@code no registrar [secondary]} deletes it.
 */
public final class RegistrationKeys {
    /** Configuration name of {@code registrar ...} without {@code secondary}. */
    public static final String PRIMARY = "primary";
    /** Configuration name of {@code registrar ... secondary}. */
    public static final String SECONDARY = "secondary";

    /** The registrar, {@code ipv4:A.B.C.D[:port]} or {@code dns:host[:port]} as typed (scheme lower-cased). */
    public static final String REGISTRAR = "registrar";
    /** {@code expires N}: registration time asked for, seconds, 60-65535, default 3600. */
    public static final String EXPIRES = "expires";
    public static final int EXPIRES_MIN = 60;
    public static final int EXPIRES_MAX = 65535;
    public static final int EXPIRES_DEFAULT = 3600;
    /** {@code tcp}: "tcp"; absent = "udp" (default). */
    public static final String TRANSPORT = "transport";
    public static final String TRANSPORT_DEFAULT = "udp";

    private RegistrationKeys() {}
}
