package org.voxgate.config.ios.internal;

/**
 * IOS configuration modes. A command that is not valid in the current mode is tried in the parent
 * modes, as IOS does: a global command typed inside a submode leaves the submode.
 */
enum Mode {
    GLOBAL(null, "config"),
    VOICE_SERVICE_VOIP(GLOBAL, "conf-voi-serv"),
    VOICE_SERVICE_SIP(VOICE_SERVICE_VOIP, "conf-serv-sip"),
    SIP_UA(GLOBAL, "config-sip-ua"),
    /** {@code dial-peer voice TAG voip|pots}; the peer being configured is {@link ConfigDelta#currentPeer}. */
    DIAL_PEER(GLOBAL, "config-dial-peer"),
    /** {@code voice register pool N}; the pool being configured is {@link ConfigDelta#currentPool}. */
    VOICE_REGISTER_POOL(GLOBAL, "config-register-pool");

    final Mode parent;
    final String prompt;

    Mode(Mode parent, String prompt) {
        this.parent = parent;
        this.prompt = prompt;
    }
}
