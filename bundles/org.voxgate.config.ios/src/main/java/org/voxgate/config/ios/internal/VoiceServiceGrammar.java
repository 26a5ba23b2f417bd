package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.VoiceServiceKeys;

/**
 * {@code voice service voip}: PID {@value ConfigPids#VOICE_SERVICE}. Its {@code sip} submode is in
 * {@link VoiceServiceSipGrammar}. A {@code no} form that restores a default removes the attribute.
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
        g.add(Mode.VOICE_SERVICE_VOIP, "shutdown", (w, no, d) -> {
            stopCommand(w, 1, no, d, VoiceServiceKeys.SHUTDOWN);
            return null;
        });
        g.add(Mode.VOICE_SERVICE_VOIP, "sip", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip' is not supported");
            }
            return Mode.VOICE_SERVICE_SIP;
        });
        VoiceServiceSipGrammar.register(g);
    }

    /**
     * {@code shutdown [forced]} / {@code call service stop [forced]}: stores "graceful" or "forced";
     * {@code no ...} removes the attribute (in service).
     */
    /** {@code shutdown [forced]} / {@code call service stop [forced]}: acted on live by the call core (drain or release). */
    static void stopCommand(List<String> w, int index, boolean no, ConfigDelta d, String key) throws InvalidLine {
        if (w.size() > index) {
            if (!w.get(index).equalsIgnoreCase("forced")) {
                throw new InvalidLine("unexpected '" + w.get(index) + "': only 'forced' may follow");
            }
            Grammar.noMoreWords(w, index + 1);
        }
        if (no) {
            d.remove(PID, key);
        } else {
            d.set(PID, key, w.size() > index ? VoiceServiceKeys.STOP_FORCED : VoiceServiceKeys.STOP_GRACEFUL);
        }
    }

    /** A default-off switch: on sets true, {@code no} removes the attribute (default false). */
    static void flag(ConfigDelta d, boolean no, String key) {
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
