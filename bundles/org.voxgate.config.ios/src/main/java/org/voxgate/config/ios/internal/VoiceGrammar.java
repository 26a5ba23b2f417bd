package org.voxgate.config.ios.internal;

/** The IOS voice commands Voxgate accepts, each mapped to the PID and attribute of the bundle that owns it. */
final class VoiceGrammar {
    private VoiceGrammar() {}

    static Grammar create() {
        Grammar g = new Grammar();
        VoiceServiceGrammar.register(g);
        SipUaGrammar.register(g);
        RegistrarClientGrammar.register(g);
        CallingInfoGrammar.register(g);
        DialPeerGrammar.register(g);
        VoiceRegisterPoolGrammar.register(g);
        return g;
    }
}
