package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.LegDTO;

class CallActiveBriefFormatterTest {
    static final long SETUP = Instant.parse("2024-07-23T11:50:45.045Z").toEpochMilli();

    @Test
    void countersThenThreeLinesPerLeg() {
        CallDTO call = Dtos.call("121C", SETUP, SETUP + 1010, "ACTIVE",
                Dtos.sipLeg("Answer", "a@10.64.86.70", 666, "10.64.86.70", 5060),
                Dtos.sipLeg("Originate", "b@10.0.0.1", 777, "10.50.244.2", 5060));

        String out = CallActiveBriefFormatter.format(List.of(call), SETUP + 1010 + 12_500);

        assertThat(out).isEqualTo("""
                Telephony call-legs: 0
                SIP call-legs: 2
                H323 call-legs: 0
                Call agent controlled call-legs: 0
                SCCP call-legs: 0
                STCAPP call-legs: 0
                Multicast call-legs: 0
                Total call-legs: 2
                121C : (*11:50:45.045 UTC Tue Jul 23 2024) +1010 pid:666 Answer 4001 active
                 dur 00:00:12
                 IP 10.64.86.70:5060
                121C : (*11:50:45.045 UTC Tue Jul 23 2024) +1010 pid:777 Originate 5551234 active
                 dur 00:00:12
                 IP 10.50.244.2:5060
                """);
    }

    @Test
    void noCallsPrintsZeroCounters() {
        assertThat(CallActiveBriefFormatter.format(List.of(), 0)).isEqualTo("""
                Telephony call-legs: 0
                SIP call-legs: 0
                H323 call-legs: 0
                Call agent controlled call-legs: 0
                SCCP call-legs: 0
                STCAPP call-legs: 0
                Multicast call-legs: 0
                Total call-legs: 0
                """);
    }

    @Test
    void potsLegsCountAsTelephonyAndUnansweredCallsHaveNoConnectOffset() {
        LegDTO in = Dtos.sipLeg("Answer", "a@[2001:db8::1]", 0, "2001:db8::1", 5062);
        LegDTO out = new LegDTO();
        out.role = "Originate";
        out.protocol = "POTS";
        out.peerTag = 20;
        out.calledNumber = "2000";
        out.potsPort = "0/1/0";
        CallDTO call = Dtos.call("1A", SETUP, 0, "ALERTING", in, out);

        String text = CallActiveBriefFormatter.format(List.of(call), SETUP + 60_000);

        assertThat(text).startsWith("Telephony call-legs: 1\nSIP call-legs: 1\n").contains("Total call-legs: 2\n")
                .endsWith("""
                        1A : (*11:50:45.045 UTC Tue Jul 23 2024) pid:0 Answer 4001 alerting
                         dur 00:00:00
                         IP [2001:db8::1]:5062
                        1A : (*11:50:45.045 UTC Tue Jul 23 2024) pid:20 Originate 2000 alerting
                         dur 00:00:00
                         Tele 0/1/0
                        """);
    }

    @Test
    void unknownFieldsAreLeftOutButTheLinesStay() {
        LegDTO leg = new LegDTO();
        leg.protocol = "SIP";
        CallDTO call = Dtos.call("FF", 0, 0, null, leg);
        call.callingNumber = null;

        assertThat(CallActiveBriefFormatter.format(List.of(call), 0)).endsWith("FF : pid:0\n dur 00:00:00\n IP\n");
    }

    @Test
    void durationAndStateHelpers() {
        assertThat(CallActiveBriefFormatter.duration(3_723_999)).isEqualTo("01:02:03");
        assertThat(CallActiveBriefFormatter.duration(-5)).isEqualTo("00:00:00");
        assertThat(CallActiveBriefFormatter.duration(100L * 3600 * 1000)).isEqualTo("100:00:00");
        assertThat(CallActiveBriefFormatter.state("ACTIVE")).isEqualTo("active");
        assertThat(CallActiveBriefFormatter.state("DISCONNECTING")).isEqualTo("disconnecting");
    }
}
