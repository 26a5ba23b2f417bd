package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Value syntax of the dial-peer sub-commands that take more than a number or a pattern. */
final class DialPeerValues {
    /** {@code dtmf-relay} methods IOS offers under a VoIP peer; {@code digit-drop} may follow {@code rtp-nte}. */
    static final Set<String> DTMF_METHODS = Set.of("rtp-nte", "sip-notify", "sip-kpml", "sip-info", "cisco-rtp",
            "h245-alphanumeric", "h245-signal");
    static final String DIGIT_DROP = "digit-drop";
    /** Methods a Voxgate DTMF relay bundle provides (feature voxgate-dtmf). */
    static final Set<String> ACTIVE_DTMF_METHODS = Set.of("rtp-nte", "sip-notify", "sip-kpml", "sip-info");
    /** IOS {@code codec} names (single codec; {@code voice-class codec} lists are not supported). */
    static final Set<String> CODECS = Set.of("g711ulaw", "g711alaw", "g722-64", "g723ar53", "g723ar63", "g723r53",
            "g723r63", "g726r16", "g726r24", "g726r32", "g728", "g729br8", "g729r8", "gsmamr-nb", "gsmefr", "gsmfr",
            "ilbc", "isac", "clear-channel", "transparent");
    static final int FORWARD_DIGITS_MAX = 32;
    static final String CODEC_NOT_ACTIVE = "codec negotiation is not active yet (the SDP passes through)";

    private DialPeerValues() {}

    /** {@code ipv4:A.B.C.D[:port] | dns:HOST[:port] | sip-server | registrar}. */
    static String sessionTarget(String target) throws InvalidLine {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.equals("sip-server") || lower.equals("registrar")) {
            return lower;
        }
        if (lower.startsWith("ipv4:") || lower.startsWith("dns:")) {
            return Syntax.sipAddress(target, "session target");
        }
        throw new InvalidLine("session target '" + target
                + "' is not supported: ipv4:A.B.C.D[:port], dns:HOST[:port], sip-server or registrar expected");
    }

    /** {@code dtmf-relay m1 [m2 ...]} as a String[] in the order given (= preference). */
    static String[] dtmfRelay(List<String> args, ConfigDelta d) throws InvalidLine {
        if (args.isEmpty()) {
            throw new InvalidLine("incomplete command: dtmf-relay METHOD... expected");
        }
        List<String> methods = new ArrayList<>();
        for (String arg : args) {
            String m = arg.toLowerCase(Locale.ROOT);
            if (m.equals(DIGIT_DROP)) {
                if (methods.isEmpty() || !methods.get(methods.size() - 1).equals("rtp-nte")) {
                    throw new InvalidLine("digit-drop may only follow rtp-nte");
                }
            } else if (!DTMF_METHODS.contains(m)) {
                throw new InvalidLine("unknown dtmf-relay method '" + arg + "': one or more of "
                        + "rtp-nte [digit-drop], sip-notify, sip-kpml, sip-info, cisco-rtp, h245-alphanumeric, h245-signal");
            } else if (methods.contains(m)) {
                throw new InvalidLine("dtmf-relay method '" + m + "' given twice");
            }
            methods.add(m);
        }
        List<String> inactive = methods.stream().filter(m -> !ACTIVE_DTMF_METHODS.contains(m) && !m.equals(DIGIT_DROP)).toList();
        if (!inactive.isEmpty()) { // H.323 and Cisco RTP have no bundle; the rest of the list still works
            d.notYetActive("stored; " + String.join(", ", inactive) + " not available (no DTMF relay bundle for "
                    + (inactive.size() == 1 ? "it" : "them") + ")");
        }
        return methods.toArray(String[]::new);
    }

    /** {@code codec NAME [bytes N]}; the bytes are accepted and ignored (reported not yet active). */
    static String codec(List<String> args, ConfigDelta d) throws InvalidLine {
        if (args.isEmpty()) {
            throw new InvalidLine("incomplete command: codec NAME expected");
        }
        String name = args.get(0).toLowerCase(Locale.ROOT);
        if (!CODECS.contains(name)) {
            throw new InvalidLine("unknown codec '" + args.get(0) + "'");
        }
        if (args.size() > 1) {
            if (!args.get(1).equalsIgnoreCase("bytes")) {
                throw new InvalidLine("unexpected '" + args.get(1) + "': codec NAME [bytes N]");
            }
            Grammar.intArg(args, 2, 1, 1500, "bytes");
            d.notYetActive("codec stored; 'bytes' ignored: packetization size not configurable yet; " + CODEC_NOT_ACTIVE);
        } else {
            d.notYetActive("stored; " + CODEC_NOT_ACTIVE);
        }
        return name;
    }

    /** POTS {@code port X/Y[/Z]}: slot/subunit/port numbers. */
    static String port(String port) throws InvalidLine {
        if (!port.matches("[0-9]{1,3}/[0-9]{1,3}(/[0-9]{1,3})?")) {
            throw new InvalidLine("port X/Y/Z (numbers) expected, not '" + port + "'");
        }
        return port;
    }

    /** POTS {@code prefix DIGITS}: digits, * and #, and ',' for a one-second pause. */
    static String prefix(String prefix) throws InvalidLine {
        if (!prefix.matches("[0-9*#,]{1,32}")) {
            throw new InvalidLine("prefix: up to 32 digits, *, # or ',' expected, not '" + prefix + "'");
        }
        return prefix;
    }

    /** POTS {@code forward-digits N|all|extra}, N 0-32, stored as text. */
    static String forwardDigits(String value) throws InvalidLine {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("all") || v.equals("extra")) {
            return v;
        }
        return String.valueOf(Grammar.intArg(List.of(value), 0, 0, FORWARD_DIGITS_MAX, "forward-digits"));
    }
}
