package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Toll bypass (seed, "Toll Bypass"): two edge gateways carry calls between two sites over SIP instead of the
 * PSTN. Site A's PBX is a SIPp caller and callee on GW-A's side, site B's on GW-B's; each gateway has a VoIP dial
 * peer for the other site's numbers pointing at the other gateway, and one for its own site's numbers pointing
 * at its local callee. Every leg is SIP, so both need {@code allow-connections sip to sip}.
 * <pre>
 *   A-UAC --6606xxx--> GW-A --(dial-peer 6606)--> GW-B --(dial-peer 6606)--> B-UAS
 *   A-UAS <--(dial-peer 5505)-- GW-A <--(dial-peer 5505)-- GW-B <--5505xxx-- B-UAC
 * </pre>
 */
class TollBypassIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final int CALLS = 100;
    private static final int CPS = 20;

    private Gateway gwA;
    private Gateway gwB;
    private Sipp.Running[] sipps = new Sipp.Running[0];

    /** One edge gateway: its own site's numbers go to its local callee, the other site's across the WAN. */
    private static String config(String site, int listenPort, String localPrefix, int localCallee, String remotePrefix,
                                 int remoteGateway) {
        return """
                ! TollBypassIT: edge gateway of site %1$s
                voice service voip
                 allow-connections sip to sip
                 sip
                  listen-port non-secure %2$d
                !
                dial-peer voice %3$s voip
                 description site %1$s PBX
                 destination-pattern %3$s...
                 session protocol sipv2
                 session target ipv4:127.0.0.1:%4$d
                !
                dial-peer voice %5$s voip
                 description toll bypass to the other site's gateway
                 destination-pattern %5$s...
                 session protocol sipv2
                 session target ipv4:127.0.0.1:%6$d
                """.formatted(site, listenPort, localPrefix, localCallee, remotePrefix, remoteGateway);
    }

    @AfterEach
    void stop() {
        for (Sipp.Running s : sipps) {
            if (s != null && s.process().isAlive()) {
                s.stop();
            }
        }
        Gateway.closeAll(gwA, gwB);
    }

    @Test
    void hundredCallsEachWayBetweenTwoSitesOverTwoGatewaysAllComplete() {
        gwA = Gateway.start("toll-gw-a", config("A", Ports.TOLL_A_SIP, "5505", Ports.TOLL_A_UAS, "6606", Ports.TOLL_B_SIP));
        gwB = Gateway.start("toll-gw-b", config("B", Ports.TOLL_B_SIP, "6606", Ports.TOLL_B_UAS, "5505", Ports.TOLL_A_SIP));

        for (Gateway g : new Gateway[] {gwA, gwB}) {
            Gateway.CliResult status = g.cli("show sip-ua status");
            assertThat(status.exitCode()).as(g.name() + ": " + status).isZero();
            assertThat(status.output()).as(g.name()).contains("SIP User Agent for UDP : ENABLED");
        }

        Sipp.Running calleeA = SippCalls.callee("toll-a-uas", "uas-answer.xml", Ports.TOLL_A_UAS, CALLS, SIPP_TIMEOUT);
        Sipp.Running calleeB = SippCalls.callee("toll-b-uas", "uas-answer.xml", Ports.TOLL_B_UAS, CALLS, SIPP_TIMEOUT);
        sipps = new Sipp.Running[] {calleeA, calleeB, null, null};
        // both directions at once, as two sites would
        Sipp.Running callerA = SippCalls.caller("toll-a-uac", "uac-call.xml", Ports.TOLL_A_UAC, Ports.TOLL_A_SIP,
                "6606001", CALLS, CPS, SIPP_TIMEOUT);
        sipps[2] = callerA;
        Sipp.Running callerB = SippCalls.caller("toll-b-uac", "uac-call.xml", Ports.TOLL_B_UAC, Ports.TOLL_B_SIP,
                "5505001", CALLS, CPS, SIPP_TIMEOUT);
        sipps[3] = callerB;

        Sipp.Result aToB = callerA.await();
        Sipp.Result bToA = callerB.await();
        SippCalls.assertCompleted(aToB, calleeB.await(), CALLS);
        SippCalls.assertCompleted(bToA, calleeA.await(), CALLS);

        // every call crossed both gateways: each saw 100 inbound calls to each site's number
        for (Gateway g : new Gateway[] {gwA, gwB}) {
            String log = g.log();
            assertThat(count(log, " to 6606001 matched inbound dial-peer")).as(g.name() + " calls A to B").isEqualTo(CALLS);
            assertThat(count(log, " to 5505001 matched inbound dial-peer")).as(g.name() + " calls B to A").isEqualTo(CALLS);
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
