package org.voxgate.itests.dist;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Session changes inside a confirmed dialog are relayed across the B2BUA (DialogRelay): the caller's re-INVITE
 * with a new offer (hold, a=sendonly) reaches the callee, whose answer (a=recvonly) comes back in the 200; the
 * caller's UPDATE (RFC 3311, resume with a=sendrecv) likewise; and the other way, the callee's re-INVITE reaches the
 * caller. The SIPp scenarios check each offer and answer.
 */
class ReinviteIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final int CALLS = 20;
    private static final String CONFIG = """
            ! ReinviteIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 25610
            !
            dial-peer voice 1 voip
             description SIPp callee
             destination-pattern 6...
             session protocol sipv2
             session target ipv4:127.0.0.1:25611
            """;

    private Gateway gateway;
    private Sipp.Running callee;

    @BeforeEach
    void start() {
        gateway = Gateway.start("reinvite", CONFIG);
    }

    @AfterEach
    void stop() {
        if (callee != null && callee.process().isAlive()) {
            callee.stop();
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void holdByReInviteAndResumeByUpdateAreRelayedWithTheirSdp() {
        callee = SippCalls.callee("reinvite-uas", "uas-reinvite-hold.xml", Ports.REINVITE_UAS, CALLS, SIPP_TIMEOUT);
        Sipp.Result caller = SippCalls.caller("reinvite-uac", "uac-reinvite-hold.xml", Ports.REINVITE_UAC,
                Ports.REINVITE_SIP, "6001", CALLS, 10, SIPP_TIMEOUT).await();
        SippCalls.assertCompleted(caller, callee.await(), CALLS);
    }

    @Test
    void holdByTheCalleesReInviteIsRelayedToTheCaller() {
        callee = SippCalls.callee("reinvite-callee-hold-uas", "uas-hold-caller.xml", Ports.REINVITE_UAS, CALLS, SIPP_TIMEOUT);
        Sipp.Result caller = SippCalls.caller("reinvite-callee-hold-uac", "uac-held-by-callee.xml", Ports.REINVITE_UAC,
                Ports.REINVITE_SIP, "6002", CALLS, 10, SIPP_TIMEOUT).await();
        SippCalls.assertCompleted(caller, callee.await(), CALLS);
    }
}
