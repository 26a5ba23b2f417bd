package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;

import org.voxgate.api.config.SrstKeys;
import org.voxgate.api.config.TransportKeys;
import org.voxgate.api.config.VoiceServiceKeys;

/** The {@code voice service voip} block of {@code show running-config}, with its {@code sip} submode. */
final class VoiceServiceExport {
    private VoiceServiceExport() {}

    /** The block's lines, or none when everything is at its default. */
    static List<String> lines(StoredProperties voice, StoredProperties transport, StoredProperties srst) {
        List<String> body = new ArrayList<>();
        if (voice.flag(VoiceServiceKeys.ALLOW_SIP_TO_SIP, false)) {
            body.add(" allow-connections sip to sip");
        }
        if (voice.flag(VoiceServiceKeys.REDIRECT_IP2IP, false)) {
            body.add(" redirect ip2ip");
        }
        addStop(body, " shutdown", voice.string(VoiceServiceKeys.SHUTDOWN));
        List<String> sip = sipLines(voice, transport, srst);
        if (!sip.isEmpty()) {
            body.add(" sip");
            sip.forEach(l -> body.add("  " + l));
        }
        if (body.isEmpty()) {
            return body;
        }
        body.add(0, "voice service voip");
        return body;
    }

    private static List<String> sipLines(StoredProperties voice, StoredProperties transport, StoredProperties srst) {
        List<String> sip = new ArrayList<>();
        addIfSet(sip, "bind control source-interface ", voice.string(VoiceServiceKeys.BIND_CONTROL_SOURCE_INTERFACE));
        addIfSet(sip, "bind media source-interface ", voice.string(VoiceServiceKeys.BIND_MEDIA_SOURCE_INTERFACE));
        addStop(sip, "call service stop", voice.string(VoiceServiceKeys.CALL_SERVICE_STOP));
        Integer port = transport.integer(TransportKeys.LISTEN_PORT);
        if (port != null && port != TransportKeys.LISTEN_PORT_DEFAULT) {
            sip.add("listen-port non-secure " + port);
        }
        addIfSet(sip, null, VoiceServiceSipGrammar.MIN_SE.line(voice.integer(VoiceServiceKeys.MIN_SE)));
        String order = voice.string(VoiceServiceKeys.REDIRECT_CONTACT_ORDER);
        if (order != null && !order.equalsIgnoreCase(VoiceServiceKeys.REDIRECT_CONTACT_ORDER_DEFAULT)) {
            sip.add("redirect contact order " + order);
        }
        addIfSet(sip, null, registrarServer(srst));
        String session = voice.string(VoiceServiceKeys.SESSION_TRANSPORT);
        if (session != null && !session.equalsIgnoreCase("udp")) {
            sip.add("session transport " + session);
        }
        for (RangedSetting s : VoiceServiceSipGrammar.SUBSCRIPTION_MAXIMUM) {
            addIfSet(sip, null, s.line(voice.integer(s.key())));
        }
        if (voice.flag(VoiceServiceKeys.TRANSPORT_SWITCH, false)) {
            sip.add("transport switch udp tcp");
        }
        return sip;
    }

    /** {@code registrar server [expires [max N] [min N]]}, only values that differ from the defaults. */
    static String registrarServer(StoredProperties srst) {
        if (!srst.flag(SrstKeys.REGISTRAR_SERVER, false)) {
            return null;
        }
        StringBuilder b = new StringBuilder("registrar server");
        Integer max = srst.integer(SrstKeys.EXPIRES_MAX);
        Integer min = srst.integer(SrstKeys.EXPIRES_MIN);
        boolean showMax = max != null && max != SrstKeys.EXPIRES_MAX_DEFAULT;
        boolean showMin = min != null && min != SrstKeys.EXPIRES_MIN_DEFAULT;
        if (showMax || showMin) {
            b.append(" expires");
        }
        if (showMax) {
            b.append(" max ").append(max);
        }
        if (showMin) {
            b.append(" min ").append(min);
        }
        return b.toString();
    }

    private static void addStop(List<String> lines, String command, String value) {
        if (VoiceServiceKeys.STOP_FORCED.equalsIgnoreCase(value)) {
            lines.add(command + " forced");
        } else if (value != null) {
            lines.add(command);
        }
    }

    static void addIfSet(List<String> lines, String prefix, String value) {
        if (value != null) {
            lines.add(prefix == null ? value : prefix + value);
        }
    }
}
