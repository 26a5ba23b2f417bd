package org.voxgate.config.ios.internal;

import java.util.List;
import java.util.Locale;

import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.api.config.TransportKeys;

/**
 * {@code sip-ua} mode: PID {@value ConfigPids#SIP_UA}, and {@code transport} in {@value ConfigPids#TRANSPORT}.
 * A {@code no} form that restores a default removes the attribute; the owning component holds the default.
 * The registrar client, credentials and calling-info are in {@link RegistrarClientGrammar} and
 * {@link CallingInfoGrammar}.
 */
final class SipUaGrammar {
    private static final String PID = ConfigPids.SIP_UA;
    private static final String RETRY_NOT_ACTIVE = "stored; the SIP stack's RFC 3261 retransmissions apply, not active yet";
    private static final String TIMER_NOT_ACTIVE = "stored; the SIP stack's RFC 3261 timers apply, not active yet";

    static final RangedSetting MAX_FORWARDS = new RangedSetting("max-forwards", PID, SipUaKeys.MAX_FORWARDS,
            SipUaKeys.MAX_FORWARDS_MIN, SipUaKeys.MAX_FORWARDS_MAX, SipUaKeys.MAX_FORWARDS_DEFAULT, null);

    /** {@code retry METHOD N}, in the order {@code show running-config} prints them. */
    static final List<RangedSetting> RETRIES = List.of(
            retry("invite", SipUaKeys.RETRY_INVITE, SipUaKeys.RETRY_INVITE_DEFAULT, null),
            retry("response", SipUaKeys.RETRY_RESPONSE, SipUaKeys.RETRY_RESPONSE_DEFAULT, RETRY_NOT_ACTIVE),
            retry("bye", SipUaKeys.RETRY_BYE, SipUaKeys.RETRY_BYE_DEFAULT, RETRY_NOT_ACTIVE),
            retry("cancel", SipUaKeys.RETRY_CANCEL, SipUaKeys.RETRY_CANCEL_DEFAULT, RETRY_NOT_ACTIVE),
            retry("prack", SipUaKeys.RETRY_PRACK, SipUaKeys.RETRY_DEFAULT, RETRY_NOT_ACTIVE),
            retry("comet", SipUaKeys.RETRY_COMET, SipUaKeys.RETRY_DEFAULT, RETRY_NOT_ACTIVE),
            retry("rel1xx", SipUaKeys.RETRY_REL1XX, SipUaKeys.RETRY_REL1XX_DEFAULT, RETRY_NOT_ACTIVE),
            retry("notify", SipUaKeys.RETRY_NOTIFY, SipUaKeys.RETRY_DEFAULT, RETRY_NOT_ACTIVE),
            retry("refer", SipUaKeys.RETRY_REFER, SipUaKeys.RETRY_DEFAULT, RETRY_NOT_ACTIVE),
            retry("subscribe", SipUaKeys.RETRY_SUBSCRIBE, SipUaKeys.RETRY_DEFAULT, RETRY_NOT_ACTIVE),
            retry("register", SipUaKeys.RETRY_REGISTER, SipUaKeys.RETRY_DEFAULT, null)); // the registrar client's

    /** {@code timers NAME N}, in the order {@code show running-config} prints them. */
    static final List<RangedSetting> TIMERS = List.of(
            timer("trying", SipUaKeys.TIMERS_TRYING, 100, 1000, SipUaKeys.TIMERS_TRYING_DEFAULT, null),
            timer("expires", SipUaKeys.TIMERS_EXPIRES, 60000, 300000, SipUaKeys.TIMERS_EXPIRES_DEFAULT, null),
            retransmitTimer("connect", SipUaKeys.TIMERS_CONNECT),
            retransmitTimer("disconnect", SipUaKeys.TIMERS_DISCONNECT),
            retransmitTimer("comet", SipUaKeys.TIMERS_COMET),
            retransmitTimer("prack", SipUaKeys.TIMERS_PRACK),
            retransmitTimer("rel1xx", SipUaKeys.TIMERS_REL1XX),
            retransmitTimer("notify", SipUaKeys.TIMERS_NOTIFY),
            timer("register", SipUaKeys.TIMERS_REGISTER, 100, 1000, SipUaKeys.TIMERS_RETRANSMIT_DEFAULT, null),
            timer("connection aging", SipUaKeys.TIMERS_CONNECTION_AGING, 5, 30, SipUaKeys.TIMERS_CONNECTION_AGING_DEFAULT,
                    "stored; connections are aged out by the SIP stack, not active yet"));

    static final RangedSetting NOTIFY_MAX_DURATION = new RangedSetting("notify telephone-event max-duration", PID,
            SipUaKeys.NOTIFY_MAX_DURATION, SipUaKeys.NOTIFY_MAX_DURATION_MIN, SipUaKeys.NOTIFY_MAX_DURATION_MAX,
            SipUaKeys.NOTIFY_MAX_DURATION_DEFAULT,
            null);

    static final String NAT_NOT_ACTIVE = "stored; NAT traversal is not active yet";

    private SipUaGrammar() {}

    private static RangedSetting retry(String method, String key, int dflt, String notActive) {
        return new RangedSetting("retry " + method, PID, key, 1, 10, dflt, notActive);
    }

    private static RangedSetting timer(String name, String key, int min, int max, int dflt, String notActive) {
        return new RangedSetting("timers " + name, PID, key, min, max, dflt, notActive);
    }

    private static RangedSetting retransmitTimer(String name, String key) {
        return timer(name, key, 100, 1000, SipUaKeys.TIMERS_RETRANSMIT_DEFAULT, TIMER_NOT_ACTIVE);
    }

    static void register(Grammar g) {
        g.add(Mode.GLOBAL, "sip-ua", (w, no, d) -> {
            Grammar.noMoreWords(w, 1);
            if (no) {
                throw new InvalidLine("'no sip-ua' is not supported");
            }
            return Mode.SIP_UA;
        });
        MAX_FORWARDS.register(g, Mode.SIP_UA);
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
        RangedSetting.registerAll(g, Mode.SIP_UA, RETRIES);
        g.add(Mode.SIP_UA, "retry", (w, no, d) -> {
            throw new InvalidLine((w.size() < 2 ? "incomplete command" : "unknown retry '" + w.get(1) + "'")
                    + ": retry " + choices(RETRIES, "retry ") + " N expected");
        });
        RangedSetting.registerAll(g, Mode.SIP_UA, TIMERS);
        g.add(Mode.SIP_UA, "timers", (w, no, d) -> {
            throw new InvalidLine((w.size() < 2 ? "incomplete command" : "unknown timer '" + w.get(1) + "'")
                    + ": timers " + choices(TIMERS, "timers ") + " N expected");
        });
        g.add(Mode.SIP_UA, "timers connection", (w, no, d) -> {
            throw new InvalidLine("'timers connection aging MINUTES' expected");
        });
        NOTIFY_MAX_DURATION.register(g, Mode.SIP_UA);
        g.add(Mode.SIP_UA, "notify", (w, no, d) -> {
            throw new InvalidLine("'notify telephone-event max-duration MS' expected");
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
        registerNat(g);
    }

    /** {@code nat symmetric role active|passive}, {@code nat symmetric check-media-src}. */
    private static void registerNat(Grammar g) {
        g.add(Mode.SIP_UA, "nat symmetric role", (w, no, d) -> {
            if (no) {
                d.remove(PID, SipUaKeys.NAT_SYMMETRIC_ROLE);
                return null;
            }
            String role = Grammar.oneArg(w, 3, "active or passive").toLowerCase(Locale.ROOT);
            if (!role.equals("active") && !role.equals("passive")) {
                throw new InvalidLine("active or passive expected, not '" + w.get(3) + "'");
            }
            d.set(PID, SipUaKeys.NAT_SYMMETRIC_ROLE, role);
            d.notYetActive(NAT_NOT_ACTIVE);
            return null;
        });
        g.add(Mode.SIP_UA, "nat symmetric check-media-src", (w, no, d) -> {
            Grammar.noMoreWords(w, 3);
            if (no) {
                d.remove(PID, SipUaKeys.NAT_SYMMETRIC_CHECK_MEDIA_SRC);
            } else {
                d.set(PID, SipUaKeys.NAT_SYMMETRIC_CHECK_MEDIA_SRC, Boolean.TRUE);
                d.notYetActive(NAT_NOT_ACTIVE);
            }
            return null;
        });
        g.add(Mode.SIP_UA, "nat", (w, no, d) -> {
            throw new InvalidLine("'nat symmetric role active|passive' or 'nat symmetric check-media-src' expected");
        });
    }

    /** "invite|response|..." from settings whose keywords start with {@code prefix}. */
    private static String choices(List<RangedSetting> settings, String prefix) {
        return String.join("|", settings.stream().map(s -> s.keywords().substring(prefix.length())).toList());
    }
}
