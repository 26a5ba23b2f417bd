package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIP INFO DTMF (IOS {@code dtmf-relay sip-info}) between two real SIPp user agents: the caller sends the keys
 * 0-9 * # A-D as INFO on its leg; the gateway's sip-info relay takes each one (200), hands it to the callee's leg, whose
 * sip-info relay sends a new INFO in that dialog. The callee scenario checks each key, in order, once, with its
 * duration. While the call is up {@code show sip-ua calls} reports the negotiated relay on both legs, and afterwards
 * {@code show sip-ua statistics} counts 16 digits received and 16 sent by sip-info.
 */
class DtmfSippIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONFIG = """
            ! DtmfSippIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 26400
            !
            dial-peer voice 100 voip
             description SIPp caller, SIP INFO
             incoming called-number 7...
             dtmf-relay sip-info
            !
            dial-peer voice 1 voip
             description SIPp callee, SIP INFO
             destination-pattern 7...
             session target ipv4:127.0.0.1:26402
             dtmf-relay sip-info
            """;

    private Gateway gateway;
    private Sipp.Running callee;

    @BeforeEach
    void start() {
        gateway = Gateway.start("dtmf-sipp", CONFIG);
    }

    @AfterEach
    void stop() {
        if (callee != null && callee.process().isAlive()) {
            callee.stop();
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void sipInfoDigitsCrossTheGatewayInOrderOnceEach() {
        callee = SippCalls.callee("dtmf-info-uas", "uas-dtmf-info.xml", Ports.DTMF_SIPP_UAS, 1, SIPP_TIMEOUT);
        Sipp.Running caller = SippCalls.caller("dtmf-info-uac", "uac-dtmf-info.xml", Ports.DTMF_SIPP_UAC,
                Ports.DTMF_SIPP_SIP, "7001", 1, 1, SIPP_TIMEOUT);

        // the caller holds the call 3 s after its last INFO: the legs are up and negotiated by then
        String calls = gateway.awaitCli("show sip-ua calls", out -> out.contains("Negotiated Dtmf-relay    : sip-info"),
                Duration.ofSeconds(20), "the negotiated relay");
        assertThat(calls).contains("Total SIP call legs:2").contains("Media Mode              : flow-through");
        assertThat(calls.split("Negotiated Dtmf-relay    : sip-info", -1)).as(calls).hasSize(3);

        SippCalls.assertCompleted(caller.await(), callee.await(), 1);
        assertThat(gateway.cli("show sip-ua statistics").output())
                .contains("DTMF Relay Statistics (Received/Sent digits)")
                .contains("sip-info 16/16");
    }

}
