package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hot swap of a DTMF relay bundle during a call (issue 6, ARCHITECTURE.md 2): the callee's dial peer lists
 * {@code dtmf-relay sip-notify sip-info} and the SIPp callee offers both, so its leg negotiates Cisco NOTIFY. The
 * SIPp caller sends three keys as INFO, 6 s apart. After the first (relayed as NOTIFY) the test stops
 * {@code org.voxgate.dtmf.sipnotify}: the call stays up, the leg falls back to sip-info and the second key reaches the
 * callee as INFO. Then the bundle is started again: the leg is handed back and the third key comes as NOTIFY. The
 * SIPp scenarios check each message; both complete with the caller's BYE answered 200.
 */
class DtmfHotSwapIT {
    private static final String BUNDLE = "org.voxgate.dtmf.sipnotify";
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    /** Bound of each wait: a key comes at most 6 s (the caller's pause) after the previous step. */
    private static final Duration STEP = Duration.ofSeconds(10);
    private static final String CONFIG = """
            ! DtmfHotSwapIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 26410
            !
            dial-peer voice 100 voip
             description SIPp caller, SIP INFO
             incoming called-number 7...
             dtmf-relay sip-info
            !
            dial-peer voice 1 voip
             description SIPp callee, Cisco NOTIFY first, SIP INFO second
             destination-pattern 7...
             session target ipv4:127.0.0.1:26412
             dtmf-relay sip-notify sip-info
            """;

    private Gateway gateway;
    private Sipp.Running callee;

    @BeforeEach
    void start() {
        gateway = Gateway.start("dtmf-hotswap", CONFIG);
    }

    @AfterEach
    void stop() {
        if (callee != null && callee.process().isAlive()) {
            callee.stop();
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void stoppingTheNotifyRelayMidCallFallsBackToInfoAndStartingItHandsTheLegBack() {
        String id = gateway.bundleId(BUNDLE);
        callee = SippCalls.callee("dtmf-hotswap-uas", "uas-dtmf-notify-hotswap.xml", Ports.DTMF_HOTSWAP_UAS, 1, SIPP_TIMEOUT);
        Sipp.Running caller = SippCalls.caller("dtmf-hotswap-uac", "uac-dtmf-info-hotswap.xml", Ports.DTMF_HOTSWAP_UAC,
                Ports.DTMF_HOTSWAP_SIP, "7001", 1, 1, SIPP_TIMEOUT);

        gateway.awaitCli("show sip-ua statistics", s -> s.contains("sip-notify 0/1"), STEP, "key 1 sent by sip-notify");
        assertThat(gateway.cli("show sip-ua calls").output()).contains("Negotiated Dtmf-relay    : sip-notify");

        assertThat(gateway.cli("stop " + id).exitCode()).isZero();
        gateway.awaitCli("show sip-ua calls", s -> !s.contains("sip-notify") && count(s, "Negotiated Dtmf-relay    : sip-info") == 2,
                STEP, "the callee leg fell back to sip-info");
        gateway.awaitCli("show sip-ua statistics", s -> s.contains("sip-info 2/1"), STEP, "key 2 sent by sip-info");

        assertThat(gateway.cli("start " + id).exitCode()).isZero();
        gateway.awaitCli("show sip-ua calls", s -> s.contains("Negotiated Dtmf-relay    : sip-notify"),
                STEP, "the callee leg handed back to sip-notify");

        SippCalls.assertCompleted(caller.await(), callee.await(), 1);
        assertThat(gateway.cli("show sip-ua statistics").output()).contains("sip-info 3/1").contains("sip-notify 0/2");
        assertThat(gateway.log()).contains("DTMF relay on leg B changed from sip-notify to sip-info")
                .contains("DTMF relay on leg B changed from sip-info to sip-notify");
    }


    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

}
