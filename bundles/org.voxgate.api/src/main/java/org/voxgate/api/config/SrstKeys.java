package org.voxgate.api.config;

/**
 * Attribute keys of {@link ConfigPids#SRST}, the SIP registrar server used for SRST. IOS:
 * {@code voice service voip} / {@code sip} / {@code registrar server [expires [max N] [min N]]}; each line
 * replaces the three attributes, {@code no registrar server} removes them.
 */
public final class SrstKeys {
    /** {@code registrar server}: act as a registrar; default false. */
    public static final String REGISTRAR_SERVER = "registrar.server";
    /** {@code expires max N}: longest registration granted, seconds, 600-86400, default 3600. */
    public static final String EXPIRES_MAX = "expires.max";
    public static final int EXPIRES_MAX_MIN = 600;
    public static final int EXPIRES_MAX_MAX = 86400;
    public static final int EXPIRES_MAX_DEFAULT = 3600;
    /** {@code expires min N}: shortest registration accepted, seconds, 60-3600, default 60. */
    public static final String EXPIRES_MIN = "expires.min";
    public static final int EXPIRES_MIN_MIN = 60;
    public static final int EXPIRES_MIN_MAX = 3600;
    public static final int EXPIRES_MIN_DEFAULT = 60;

    private SrstKeys() {}
}
