package org.voxgate.api.config;

/**
 * Config Admin PIDs of the Voxgate singletons. PIDs contain no '-' because FileInstall splits
 * {@code .cfg} file names at the first dash (factory PID vs. name).
 */
public final class ConfigPids {
    /** {@code sip-ua} mode settings, owned by the call core ({@code org.voxgate.call}). */
    public static final String SIP_UA = "org.voxgate.sipua";
    /** Listening points (IOS {@code transport}, {@code listen-port}), owned by {@code org.voxgate.transport}. */
    public static final String TRANSPORT = "org.voxgate.transport";
    /** SIP stack protective limits and threading, owned by {@code org.voxgate.sip}. */
    public static final String SIP_STACK = "org.voxgate.sip";

    /** {@code voice service voip} (and its {@code sip} submode's call policy), owned by the call core. */
    public static final String VOICE_SERVICE = "org.voxgate.voiceservice";
    /**
     * Factory PID of dial peers ({@code dial-peer voice TAG voip|pots}), owned by {@code org.voxgate.dialpeer}.
     * One factory configuration per peer, named by its tag: {@code org.voxgate.dialpeer~3401}.
     */
    public static final String DIAL_PEER = "org.voxgate.dialpeer";
    /**
     * Factory PID of the registrar client ({@code sip-ua} / {@code registrar ...}), one configuration per
     * registrar, named {@link RegistrationKeys#PRIMARY} or {@link RegistrationKeys#SECONDARY}:
     * {@code org.voxgate.registration~primary}. Owned by {@code org.voxgate.registrar.client}.
     */
    public static final String REGISTRATION = "org.voxgate.registration";
    /**
     * SIP registrar server for SRST ({@code voice service voip} / {@code sip} / {@code registrar server ...}).
     * Owned by {@code org.voxgate.registrar.server} (feature voxgate-srst).
     */
    public static final String SRST = "org.voxgate.srst";
    /**
     * Factory PID of the SRST registrar's pools ({@code voice register pool N}), one configuration per pool, named by
     * its tag: {@code org.voxgate.srst.pool~1}; keys in {@link SrstPoolKeys}. Owned by
     * {@code org.voxgate.registrar.server} (feature voxgate-srst).
     */
    public static final String SRST_POOL = "org.voxgate.srst.pool";

    private ConfigPids() {}
}
