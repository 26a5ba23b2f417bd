package org.voxgate.config.ios.internal;

import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.TransportKeys;

/**
 * {@code sip-ua} mode: PID {@value ConfigPids#SIP_UA}, and {@code transport} in {@value ConfigPids#TRANSPORT}.
 * A {@code no} form that restores a default removes the attribute; the owning component holds the default.
 */
final class SipUaGrammar {
    private static final String PID = ConfigPids.SIP_UA;
    static final int RETRY_MIN = 1;
    static final int RETRY_MAX = 10;
    static final int TIMERS_TRYING_MIN = 100;
    static final int TIMERS_TRYING_MAX = 1000;
    static final int TIMERS_EXPIRES_MIN = 60000;
    static final int TIMERS_EXPIRES_MAX = 300000;

    private SipUaGrammar() {}

    static void register(Grammar g) {
        g.add(Mode.GLOBAL, "sip-ua", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip-ua' is not supported");
            }
            return Mode.SIP_UA;
        });
        g.add(Mode.SIP_UA, "max-forwards", (w, no, d) -> {
            if (no) {
                d.remove(PID, SipUaKeys.MAX_FORWARDS);
            } else {
                d.set(PID, SipUaKeys.MAX_FORWARDS,
                        Grammar.intArg(w, 1, SipUaKeys.MAX_FORWARDS_MIN, SipUaKeys.MAX_FORWARDS_MAX, "max-forwards"));
            }
            return null;
        });
        g.add(Mode.SIP_UA, "transport", (w, no, d) -> {
            String t = Grammar.oneArg(w, 1, "transport udp|tcp").toLowerCase(Locale.ROOT);
            switch (t) {
                case "udp" -> d.set(ConfigPids.TRANSPORT, TransportKeys.UDP, !no);
                case "tcp" -> d.set(ConfigPids.TRANSPORT, TransportKeys.TCP, !no);
                case "tls" -> throw new InvalidLine("transport tls is not supported yet");
                default -> throw new InvalidLine("unknown transport '" + w.get(1) + "': udp or tcp expected");
            }
            return null;
        });
        ranged(g, "retry invite", SipUaKeys.RETRY_INVITE, RETRY_MIN, RETRY_MAX);
        ranged(g, "retry bye", SipUaKeys.RETRY_BYE, RETRY_MIN, RETRY_MAX);
        ranged(g, "retry cancel", SipUaKeys.RETRY_CANCEL, RETRY_MIN, RETRY_MAX);
        g.add(Mode.SIP_UA, "retry", (w, no, d) -> {
            throw new InvalidLine(w.size() < 2 ? "incomplete command: retry invite|bye|cancel N expected"
                    : "retry " + w.get(1) + " is not supported; retry invite|bye|cancel N");
        });
        ranged(g, "timers trying", SipUaKeys.TIMERS_TRYING, TIMERS_TRYING_MIN, TIMERS_TRYING_MAX);
        ranged(g, "timers expires", SipUaKeys.TIMERS_EXPIRES, TIMERS_EXPIRES_MIN, TIMERS_EXPIRES_MAX);
        g.add(Mode.SIP_UA, "timers", (w, no, d) -> {
            throw new InvalidLine(w.size() < 2 ? "incomplete command: timers trying|expires MS expected"
                    : "timers " + w.get(1) + " is not supported; timers trying|expires MS");
        });
        g.add(Mode.SIP_UA, "sip-server", (w, no, d) -> {
            if (no) {
                d.remove(PID, SipUaKeys.SIP_SERVER);
            } else {
                String target = Grammar.oneArg(w, 1, "ipv4:A.B.C.D[:port] or dns:HOST[:port]");
                d.set(PID, SipUaKeys.SIP_SERVER, Syntax.sipAddress(target, "sip-server"));
            }
            return null;
        });
        g.add(Mode.SIP_UA, "redirection", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            d.set(PID, SipUaKeys.REDIRECT_HANDLING, !no);
            return null;
        });
    }

    /** {@code KEYWORDS N} within [min, max]; {@code no KEYWORDS [N]} removes the attribute. */
    private static void ranged(Grammar g, String keywords, String key, int min, int max) {
        int index = keywords.split(" ").length;
        g.add(Mode.SIP_UA, keywords, (w, no, d) -> {
            if (no) {
                d.remove(PID, key);
            } else {
                d.set(PID, key, Grammar.intArg(w, index, min, max, keywords));
            }
            return null;
        });
    }
}
