package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SrstKeys;
import org.voxgate.api.config.TransportKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/**
 * The {@code sip} submode of {@code voice service voip}: PID {@value ConfigPids#VOICE_SERVICE},
 * {@code listen-port} in {@value ConfigPids#TRANSPORT}, {@code registrar server} in {@value ConfigPids#SRST}.
 */
final class VoiceServiceSipGrammar {
    private static final String PID = ConfigPids.VOICE_SERVICE;
    static final String BIND_NOT_ACTIVE = "stored; binding to an interface is not active yet "
            + "(the listening address is bind.address of org.voxgate.transport)";
    static final String REGISTRAR_SERVER_NOT_ACTIVE = "stored; the SIP registrar server (SRST) is not active yet unless the feature "
            + "voxgate-srst is installed (feature:install voxgate-srst)";

    static final RangedSetting MIN_SE = new RangedSetting("min-se", PID, VoiceServiceKeys.MIN_SE,
            VoiceServiceKeys.MIN_SE_MIN, VoiceServiceKeys.MIN_SE_MAX, VoiceServiceKeys.MIN_SE_DEFAULT,
            "stored; SIP session timers (RFC 4028) are not active yet");
    /** No fixed default (twice the number of dial peers): printed whenever set. */
    static final List<RangedSetting> SUBSCRIPTION_MAXIMUM = List.of(
            subscriptionMaximum("accept", VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_ACCEPT),
            subscriptionMaximum("originate", VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_ORIGINATE));

    private VoiceServiceSipGrammar() {}

    private static RangedSetting subscriptionMaximum(String which, String key) {
        return new RangedSetting("subscription maximum " + which, PID, key, VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_MIN,
                VoiceServiceKeys.SUBSCRIPTION_MAXIMUM_MAX, Integer.MIN_VALUE,
                "stored; SIP subscriptions (SUBSCRIBE/NOTIFY) are not active yet");
    }

    static void register(Grammar g) {
        Mode sip = Mode.VOICE_SERVICE_SIP;
        g.add(sip, "listen-port non-secure", (w, no, d) -> {
            if (no) {
                d.remove(ConfigPids.TRANSPORT, TransportKeys.LISTEN_PORT);
            } else {
                d.set(ConfigPids.TRANSPORT, TransportKeys.LISTEN_PORT, Grammar.intArg(w, 2, 1, 65535, "port"));
            }
            return null;
        });
        g.add(sip, "redirect contact order", (w, no, d) -> {
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
        g.add(sip, "session transport", (w, no, d) -> {
            if (no) {
                d.remove(PID, VoiceServiceKeys.SESSION_TRANSPORT);
            } else {
                d.set(PID, VoiceServiceKeys.SESSION_TRANSPORT, VoiceServiceGrammar.udpOrTcp(w, 2));
            }
            return null;
        });
        g.add(sip, "transport switch udp tcp", (w, no, d) -> {
            Grammar.noMoreWords(w, 4);
            VoiceServiceGrammar.flag(d, no, VoiceServiceKeys.TRANSPORT_SWITCH);
            return null;
        });
        g.add(sip, "transport switch", (w, no, d) -> {
            throw new InvalidLine("'transport switch udp tcp' expected");
        });
        g.add(sip, "bind", VoiceServiceSipGrammar::bind);
        g.add(sip, "call service stop", (w, no, d) -> {
            VoiceServiceGrammar.stopCommand(w, 3, no, d, VoiceServiceKeys.CALL_SERVICE_STOP);
            return null;
        });
        g.add(sip, "call", (w, no, d) -> {
            throw new InvalidLine("incomplete command: 'call service stop [forced]' expected");
        });
        MIN_SE.register(g, sip);
        RangedSetting.registerAll(g, sip, SUBSCRIPTION_MAXIMUM);
        g.add(sip, "subscription", (w, no, d) -> {
            throw new InvalidLine("'subscription maximum accept|originate N' expected");
        });
        g.add(sip, "registrar server", VoiceServiceSipGrammar::registrarServer);
    }

    /** {@code bind control|media|all source-interface IF}; {@code no bind control|media|all [...]} removes. */
    private static Mode bind(List<String> w, boolean no, ConfigDelta d) throws InvalidLine {
        if (w.size() < 2) {
            throw new InvalidLine("incomplete command: bind control|media|all source-interface INTERFACE expected");
        }
        String which = w.get(1).toLowerCase(Locale.ROOT);
        List<String> keys = switch (which) {
            case "control" -> List.of(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE);
            case "media" -> List.of(VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE);
            case "all" -> List.of(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE, VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE);
            default -> throw new InvalidLine("control, media or all expected, not '" + w.get(1) + "'");
        };
        if (no) {
            keys.forEach(k -> d.remove(PID, k));
            return null;
        }
        if (w.size() < 3 || !w.get(2).equalsIgnoreCase("source-interface")) {
            throw new InvalidLine("'bind " + which + " source-interface INTERFACE' expected");
        }
        String name = InterfaceNames.canonical(Grammar.oneArg(w, 3, "INTERFACE"));
        for (String k : keys) {
            d.set(PID, k, name);
        }
        d.notYetActive(BIND_NOT_ACTIVE);
        return null;
    }

    /** {@code registrar server [expires [max N] [min N]]}: replaces the three attributes of {@value ConfigPids#SRST}. */
    private static Mode registrarServer(List<String> w, boolean no, ConfigDelta d) throws InvalidLine {
        String pid = ConfigPids.SRST;
        d.remove(pid, SrstKeys.REGISTRAR_SERVER);
        d.remove(pid, SrstKeys.EXPIRES_MAX);
        d.remove(pid, SrstKeys.EXPIRES_MIN);
        if (no) {
            return null;
        }
        int at = 2;
        Integer max = null;
        Integer min = null;
        if (w.size() > at) {
            if (!w.get(at).equalsIgnoreCase("expires")) {
                throw new InvalidLine("unexpected '" + w.get(at) + "': registrar server [expires [max N] [min N]]");
            }
            at++;
            if (at < w.size() && w.get(at).equalsIgnoreCase("max")) {
                max = Grammar.intAt(w, at + 1, SrstKeys.EXPIRES_MAX_MIN, SrstKeys.EXPIRES_MAX_MAX, "expires max");
                at += 2;
            }
            if (at < w.size() && w.get(at).equalsIgnoreCase("min")) {
                min = Grammar.intAt(w, at + 1, SrstKeys.EXPIRES_MIN_MIN, SrstKeys.EXPIRES_MIN_MAX, "expires min");
                at += 2;
            }
            if (max == null && min == null) {
                throw new InvalidLine("incomplete command: registrar server expires [max N] [min N] expected");
            }
            Grammar.noMoreWords(w, at);
        }
        int effectiveMax = max != null ? max : SrstKeys.EXPIRES_MAX_DEFAULT;
        int effectiveMin = min != null ? min : SrstKeys.EXPIRES_MIN_DEFAULT;
        if (effectiveMin > effectiveMax) {
            throw new InvalidLine("expires min " + effectiveMin + " is above expires max " + effectiveMax);
        }
        d.set(pid, SrstKeys.REGISTRAR_SERVER, Boolean.TRUE);
        if (max != null) {
            d.set(pid, SrstKeys.EXPIRES_MAX, max);
        }
        if (min != null) {
            d.set(pid, SrstKeys.EXPIRES_MIN, min);
        }
        d.notYetActive(REGISTRAR_SERVER_NOT_ACTIVE);
        return null;
    }
}
