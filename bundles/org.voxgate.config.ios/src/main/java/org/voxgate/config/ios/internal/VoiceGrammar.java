package org.voxgate.config.ios.internal;

import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.TransportKeys;

/** The IOS voice commands Voxgate accepts, each mapped to the PID and attribute of the bundle that owns it. */
final class VoiceGrammar {
    private VoiceGrammar() {}

    static Grammar create() {
        Grammar g = new Grammar();
        g.add(Mode.GLOBAL, "voice service voip", (w, no, d) -> {
            Grammar.noMoreWords(w, 3);
            if (no) {
                throw new InvalidLine("'no voice service voip' is not supported");
            }
            return Mode.VOICE_SERVICE_VOIP;
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "sip", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip' is not supported");
            }
            return Mode.VOICE_SERVICE_SIP;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "listen-port non-secure", (w, no, d) -> {
            int port = no ? TransportKeys.LISTEN_PORT_DEFAULT : Grammar.intArg(w, 2, 1, 65535, "port");
            if (no) {
                Grammar.noMoreWords(w, 3);
            }
            d.set(ConfigPids.TRANSPORT, TransportKeys.LISTEN_PORT, port);
            return null;
        });
        g.add(Mode.GLOBAL, "sip-ua", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip-ua' is not supported");
            }
            return Mode.SIP_UA;
        });
        g.add(Mode.SIP_UA, "max-forwards", (w, no, d) -> {
            int value = no ? SipUaKeys.MAX_FORWARDS_DEFAULT
                    : Grammar.intArg(w, 1, SipUaKeys.MAX_FORWARDS_MIN, SipUaKeys.MAX_FORWARDS_MAX, "max-forwards");
            if (no) {
                Grammar.noMoreWords(w, 2);
            }
            d.set(ConfigPids.SIP_UA, SipUaKeys.MAX_FORWARDS, value);
            return null;
        });
        g.add(Mode.SIP_UA, "transport", (w, no, d) -> {
            if (w.size() < 2) {
                throw new InvalidLine("incomplete command: transport udp|tcp expected");
            }
            Grammar.noMoreWords(w, 2);
            String t = w.get(1).toLowerCase(Locale.ROOT);
            switch (t) {
                case "udp" -> d.set(ConfigPids.TRANSPORT, TransportKeys.UDP, !no);
                case "tcp" -> d.set(ConfigPids.TRANSPORT, TransportKeys.TCP, !no);
                case "tls" -> throw new InvalidLine("transport tls is not supported yet");
                default -> throw new InvalidLine("unknown transport '" + w.get(1) + "': udp or tcp expected");
            }
            return null;
        });
        return g;
    }
}
