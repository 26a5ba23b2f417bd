package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.api.transport.TransportStatusDTO;

class SipUaStatusFormatterTest {

    @Test
    void matchesTheSeedExampleLayoutAfterExample48() {
        TransportStatusDTO t = new TransportStatusDTO();
        t.udpEnabled = false;
        t.tcpEnabled = true;
        t.listening = List.of();
        SipUaSettingsDTO ua = new SipUaSettingsDTO();
        ua.maxForwards = 10;
        ua.earlyMedia180 = true;
        ua.notifyMaxDurationMs = 1000;
        ua.redirectHandling = true;

        String out = SipUaStatusFormatter.format(t, ua);

        assertThat(out).startsWith("""
                SIP User Agent Status
                SIP User Agent for UDP : DISABLED
                SIP User Agent for TCP : ENABLED
                SIP User Agent for TLS over TCP : DISABLED
                SIP User Agent bind status(signaling): DISABLED
                SIP User Agent bind status(media): DISABLED
                SIP early-media for 180 responses with SDP: ENABLED
                SIP max-forwards : 10
                SIP DNS SRV version: 2 (rfc 2782)
                NAT Settings for the SIP-UA
                Role in SDP: NONE
                Check media source packets: DISABLED
                Maximum duration for a telephone-event in NOTIFYs: 1000 ms
                """);
        assertThat(out).contains("""
                Redirection (3xx) message handling: ENABLED
                Reason Header will override Response/Request Codes: DISABLED
                """);
        assertThat(out).endsWith("""

                SDP application configuration:
                 Version line (v=) required
                 Owner line (o=) required
                 Timespec line (t=) required
                 Media supported: audio image
                 Network types supported: IN
                 Address types supported: IP4
                 Transport types supported: RTP/AVP udptl
                """);
    }
}
