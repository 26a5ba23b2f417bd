package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

class SipUaCallsFormatterTest {

    @Test
    void originateLegsAreUacCallsAndAnswerLegsUasCalls() {
        CallDTO call = Dtos.call("121C", 1, 2, "ACTIVE",
                Dtos.sipLeg("Answer", "in-1@10.64.86.70", 666, "10.64.86.70", 5060),
                Dtos.sipLeg("Originate", "out-1@10.0.0.1", 777, "10.50.244.2", 5080));

        assertThat(SipUaCallsFormatter.format(List.of(call))).isEqualTo("""
                Total SIP call legs:2, User Agent Client:1, User Agent Server:1
                SIP UAC CALL INFO

                Call 1
                SIP Call ID                : out-1@10.0.0.1
                   State of the call       : STATE_ACTIVE (7)
                   Calling Number          : 4001
                   Called Number           : 5551234
                   Destn SIP Req Addr:Port : [10.50.244.2]:5080
                   Media Mode              : flow-around
                     Negotiated Dtmf-relay    : inband-voice
                     Dtmf-relay Payload Type  : 0

                   Number of SIP User Agent Client(UAC) calls: 1

                SIP UAS CALL INFO

                Call 1
                SIP Call ID                : in-1@10.64.86.70
                   State of the call       : STATE_ACTIVE (7)
                   Calling Number          : 4001
                   Called Number           : 5551234
                   Destn SIP Req Addr:Port : [10.64.86.70]:5060
                   Media Mode              : flow-around
                     Negotiated Dtmf-relay    : inband-voice
                     Dtmf-relay Payload Type  : 0

                   Number of SIP User Agent Server(UAS) calls: 1
                """);
    }

    @Test
    void anchoredLegsShowFlowThroughAndTheirDtmfRelayWithPayloadType() {
        LegDTO in = Dtos.sipLeg("Answer", "in-2@127.0.0.2", 1, "127.0.0.2", 5060);
        in.mediaMode = "flow-through";
        in.dtmfRelay = "rtp-nte";
        in.dtmfPayloadType = 101;
        LegDTO out = Dtos.sipLeg("Originate", "out-2@127.0.0.1", 2, "127.0.0.3", 5060);
        out.mediaMode = "flow-through";
        out.dtmfRelay = "sip-kpml";

        String text = SipUaCallsFormatter.format(List.of(Dtos.call("2", 1, 2, "ACTIVE", in, out)));

        assertThat(text).contains("   Media Mode              : flow-through\n"
                + "     Negotiated Dtmf-relay    : rtp-nte\n"
                + "     Dtmf-relay Payload Type  : 101\n")
                .contains("     Negotiated Dtmf-relay    : sip-kpml\n"
                + "     Dtmf-relay Payload Type  : 0\n");
    }

    @Test
    void noCalls() {
        assertThat(SipUaCallsFormatter.format(List.of())).isEqualTo("""
                Total SIP call legs:0, User Agent Client:0, User Agent Server:0
                SIP UAC CALL INFO

                   Number of SIP User Agent Client(UAC) calls: 0

                SIP UAS CALL INFO

                   Number of SIP User Agent Server(UAS) calls: 0
                """);
    }

    @Test
    void callsAreNumberedPerSectionPotsLegsSkippedAndUnknownLinesLeftOut() {
        LegDTO pots = new LegDTO();
        pots.role = "Originate";
        pots.protocol = "POTS";
        LegDTO bare = new LegDTO();
        bare.role = "Answer";
        bare.protocol = "SIP";
        bare.sipCallId = "x@y";
        CallDTO first = Dtos.call("1", 1, 0, "ALERTING", Dtos.sipLeg("Answer", "a@h", 1, "::1", 5060), pots);
        CallDTO second = Dtos.call("2", 1, 0, "SETUP", bare);

        String out = SipUaCallsFormatter.format(List.of(first, second));

        assertThat(out).startsWith("Total SIP call legs:2, User Agent Client:0, User Agent Server:2\n")
                .contains("Call 1\nSIP Call ID                : a@h\n")
                .contains("   Destn SIP Req Addr:Port : [::1]:5060\n")
                .contains("Call 2\nSIP Call ID                : x@y\n   Media Mode              : flow-around\n\n")
                .contains("   Number of SIP User Agent Server(UAS) calls: 2\n");
    }
}
