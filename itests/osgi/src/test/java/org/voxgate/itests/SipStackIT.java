package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.voxgate.api.transport.SipTransports;
import org.voxgate.api.transport.TransportStatusDTO;

@ExtendWith(ServiceExtension.class)
class SipStackIT {

    @Test
    void startupConfigurationOpensUdpAndTcpOnItsPort(@InjectService(timeout = 10000) SipTransports transports) throws Exception {
        assertThat(SipProbe.awaitOptions200(10000)).isNotNegative();
        TransportStatusDTO status = transports.status();
        assertThat(status.listenPort).isEqualTo(SipProbe.PORT);
        assertThat(status.listening).extracting(lp -> lp.transport + ":" + lp.port)
                .containsExactlyInAnyOrder("UDP:" + SipProbe.PORT, "TCP:" + SipProbe.PORT);
        assertThat(status.failures).isEmpty();
    }

    @Test
    void optionsOverUdpGets200WithCapabilities(@InjectService(timeout = 10000) SipTransports transports) throws Exception {
        SipProbe.awaitOptions200(10000);
        String response = SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 2000);
        assertThat(SipProbe.status(response)).isEqualTo(200);
        assertThat(response).contains("Allow: INVITE, ACK, CANCEL, BYE, OPTIONS").contains("Accept: application/sdp")
                .contains("Supported:").containsPattern("To: <sip:127.0.0.1:25460>;tag=\\w+");
        assertThat(response).doesNotContain("Server:").doesNotContain("User-Agent:");
    }

    @Test
    void optionsOverTcpGets200(@InjectService(timeout = 10000) SipTransports transports) throws Exception {
        SipProbe.awaitOptions200(10000);
        String response = SipProbe.tcp(SipProbe.options("TCP", "OPTIONS"), 2000);
        assertThat(SipProbe.status(response)).isEqualTo(200);
        assertThat(response).contains("Allow: INVITE");
    }

    @Test
    void cseqMethodMismatchGets400AndTheStackKeepsAnswering(@InjectService(timeout = 10000) SipTransports transports)
            throws Exception {
        SipProbe.awaitOptions200(10000);
        assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "INVITE"), 2000))).isEqualTo(400);
        assertThat(SipProbe.status(SipProbe.tcp(SipProbe.options("TCP", "BYE"), 2000))).isEqualTo(400);
        assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 2000))).isEqualTo(200);
    }

    @Test
    void unknownMethodGets501AndKnownUnimplementedGets405(@InjectService(timeout = 10000) SipTransports transports)
            throws Exception {
        SipProbe.awaitOptions200(10000);
        String foo = SipProbe.options("UDP", "FOO").replace("OPTIONS sip:", "FOO sip:");
        String foo501 = SipProbe.udp(foo, 2000);
        assertThat(SipProbe.status(foo501)).isEqualTo(501);
        assertThat(foo501).contains("Allow: INVITE");
        String sub = SipProbe.options("UDP", "SUBSCRIBE").replace("OPTIONS sip:", "SUBSCRIBE sip:");
        assertThat(SipProbe.status(SipProbe.udp(sub, 2000))).isEqualTo(405);
    }

    @Test
    void requireOfAnUnsupportedExtensionGets420(@InjectService(timeout = 10000) SipTransports transports) throws Exception {
        SipProbe.awaitOptions200(10000);
        String req = SipProbe.options("UDP", "OPTIONS").replace("Content-Length: 0", "Require: foo\r\nContent-Length: 0");
        String response = SipProbe.udp(req, 2000);
        assertThat(SipProbe.status(response)).isEqualTo(420);
        assertThat(response).contains("Unsupported: foo");
    }
}
