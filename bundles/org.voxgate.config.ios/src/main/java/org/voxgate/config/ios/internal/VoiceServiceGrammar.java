package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.TransportKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/**
 * {@code voice service voip} and its {@code sip} submode: PID {@value ConfigPids#VOICE_SERVICE}, and
 * {@code listen-port} in {@value ConfigPids#TRANSPORT}. A {@code no} form that restores a default removes
 * the attribute.
 */
final class VoiceServiceGrammar {
    private static final String PID = ConfigPids.VOICE_SERVICE;

    private VoiceServiceGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.GLOBAL, "voice service voip", (w, no, d) -> {
            Grammar.noMoreWords(w, 3);
            if (no) {
                throw new InvalidLine("'no voice service voip' is not supported");
            }
            return Mode.VOICE_SERVICE_VOIP;
        });
        g.add(Mode.GLOBAL, "voice service", (w, no, d) -> {
            throw new InvalidLine(w.size() < 3 ? "incomplete command: voice service voip expected"
                    : "only 'voice service voip' is supported, not '" + w.get(2) + "'");
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "allow-connections sip to sip", (w, no, d) -> {
            Grammar.noMoreWords(w, 4);
            flag(d, no, VoiceServiceKeys.ALLOW_SIP_TO_SIP);
            return null;
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "allow-connections", (w, no, d) -> {
            throw new InvalidLine("only 'allow-connections sip to sip' is supported");
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "redirect ip2ip", (w, no, d) -> {
            Grammar.noMoreWords(w, 2);
            flag(d, no, VoiceServiceKeys.REDIRECT_IP2IP);
            return null;
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "sip", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip' is not supported");
            }
            return Mode.VOICE_SERVICE_SIP;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "listen-port non-secure", (w, no, d) -> {
            if (no) {
                d.remove(ConfigPids.TRANSPORT, TransportKeys.LISTEN_PORT);
            } else {
                d.set(ConfigPids.TRANSPORT, TransportKeys.LISTEN_PORT, Grammar.intArg(w, 2, 1, 65535, "port"));
            }
            return null;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "redirect contact order", (w, no, d) -> {
            if (no) {
                d.remove(PID, VoiceServiceKeys.REDIRECT_CONTACT_ORDER);
                return null;
            }
            String order = Grammar.oneArg(w, 3, "best-match or longest-match").toLowerCase(Locale.ROOT);
            if (!order.equals("best-match") && !order.equals("longest-match")) {
                throw new InvalidLine("best-match or longest-match expected, not '" + w.get(3) + "'");
            }
            d.set(PID, VoiceServiceKeys.REDIRECT_CONTACT_ORDER, order);
            return null;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "session transport", (w, no, d) -> {
            if (no) {
                d.remove(PID, VoiceServiceKeys.SESSION_TRANSPORT);
            } else {
                d.set(PID, VoiceServiceKeys.SESSION_TRANSPORT, udpOrTcp(w, 2));
            }
            return null;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "transport switch udp tcp", (w, no, d) -> {
            Grammar.noMoreWords(w, 4);
            flag(d, no, VoiceServiceKeys.TRANSPORT_SWITCH);
            return null;
        });
        g.add(Mode.VOICE_SERVICE_SIP, "transport switch", (w, no, d) -> {
            throw new InvalidLine("'transport switch udp tcp' expected");
        });
    }

    /** A default-off switch: on sets true, {@code no} removes the attribute (default false). */
    private static void flag(ConfigDelta d, boolean no, String key) {
        if (no) {
            d.remove(PID, key);
        } else {
            d.set(PID, key, Boolean.TRUE);
        }
    }

    /** {@code udp} or {@code tcp} at {@code index}, lower-cased. */
    static String udpOrTcp(List<String> w, int index) throws InvalidLine {
        String t = Grammar.oneArg(w, index, "udp or tcp").toLowerCase(Locale.ROOT);
        if (t.equals("tls")) {
            throw new InvalidLine("session transport tls is not supported yet");
        }
        if (!t.equals("udp") && !t.equals("tcp")) {
            throw new InvalidLine("udp or tcp expected, not '" + w.get(index) + "'");
        }
        return t;
    }
}
