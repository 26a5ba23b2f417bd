package org.voxgate.shell.internal;

import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.api.transport.TransportStatusDTO;

/** {@code show sip-ua status} in the IOS layout (seed Example 4-8, semantics.md 1.9); operators grep it. */
final class SipUaStatusFormatter {
    private SipUaStatusFormatter() {}

    static String format(TransportStatusDTO t, SipUaSettingsDTO ua) {
        StringBuilder b = new StringBuilder(1024);
        b.append("SIP User Agent Status\n");
        b.append("SIP User Agent for UDP : ").append(onOff(t.udpEnabled)).append('\n');
        b.append("SIP User Agent for TCP : ").append(onOff(t.tcpEnabled)).append('\n');
        b.append("SIP User Agent for TLS over TCP : ").append(onOff(t.tlsEnabled)).append('\n');
        b.append("SIP User Agent bind status(signaling): ").append(onOff(t.bindSignaling)).append('\n');
        b.append("SIP User Agent bind status(media): ").append(onOff(t.bindMedia)).append('\n');
        b.append("SIP early-media for 180 responses with SDP: ").append(onOff(ua.earlyMedia180)).append('\n');
        b.append("SIP max-forwards : ").append(ua.maxForwards).append('\n');
        b.append("SIP DNS SRV version: 2 (rfc 2782)\n");
        b.append("NAT Settings for the SIP-UA\n");
        b.append("Role in SDP: NONE\n");
        b.append("Check media source packets: DISABLED\n");
        b.append("Maximum duration for a telephone-event in NOTIFYs: ").append(ua.notifyMaxDurationMs).append(" ms\n");
        b.append("SIP support for ISDN SUSPEND/RESUME: DISABLED\n");
        b.append("Redirection (3xx) message handling: ").append(onOff(ua.redirectHandling)).append('\n');
        b.append("Reason Header will override Response/Request Codes: DISABLED\n");
        b.append("Out-of-dialog Refer: DISABLED\n");
        b.append("Presence support is DISABLED\n");
        b.append("protocol mode is ipv4\n");
        b.append('\n');
        b.append("SDP application configuration:\n");
        b.append(" Version line (v=) required\n");
        b.append(" Owner line (o=) required\n");
        b.append(" Timespec line (t=) required\n");
        b.append(" Media supported: audio image\n");
        b.append(" Network types supported: IN\n");
        b.append(" Address types supported: IP4\n");
        b.append(" Transport types supported: RTP/AVP udptl\n");
        return b.toString();
    }

    private static String onOff(boolean on) {
        return on ? "ENABLED" : "DISABLED";
    }
}
