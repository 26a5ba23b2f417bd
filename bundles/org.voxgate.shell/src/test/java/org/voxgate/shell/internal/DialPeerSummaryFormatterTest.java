package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialPeerDTO;

class DialPeerSummaryFormatterTest {

    @Test
    void reproducesTheSampleTableOfSemantics19() {
        DialPeerDTO a = Dtos.voip(777, "9...", "ipv4:10.50.244.2");
        DialPeerDTO b = Dtos.voip(123, "123", "ipv4:10.10.10.10");

        String out = DialPeerSummaryFormatter.format(0, List.of(a, b));

        // The sample's second row ends in "busyout" (KEEPALIVE); Voxgate has no keepalive yet, so it is blank.
        assertThat(out).isEqualTo("""
                dial-peer hunt 0
                             AD                                    PRE PASS                OUT
                TAG    TYPE  MIN  OPER PREFIX    DEST-PATTERN      FER THRU SESS-TARGET    STAT PORT    KEEPALIVE
                777    voip  up   up             9...               0  syst ipv4:10.50.244.2
                123    voip  up   up             123                0  syst ipv4:10.10.10.10
                """);
    }

    @Test
    void potsRowHasPrefixAndPortButNoPassThruOrTarget() {
        DialPeerDTO p = Dtos.pots(20, "2000$", "0/1/0");
        p.prefix = "9";

        assertThat(DialPeerSummaryFormatter.row(p))
                .isEqualTo("20     pots  up   up   9         2000$              0                           0/1/0");
        assertThat(DialPeerSummaryFormatter.row(p).indexOf("0/1/0")).isEqualTo(DialPeerSummaryFormatter.PORT);
    }

    @Test
    void longValuesPushTheNextColumnsWithOneSpace() {
        DialPeerDTO p = Dtos.voip(1000, "+1919[2-9]..T12345", "dns:sbc-a.example.com:5061");
        p.adminUp = false;
        p.operUp = false;
        p.preference = 10;

        assertThat(DialPeerSummaryFormatter.row(p))
                .isEqualTo("1000   voip  down down           +1919[2-9]..T12345 10 syst dns:sbc-a.example.com:5061");
    }

    @Test
    void twoDigitPreferenceFillsTheColumnAndVoipWithoutTargetLeavesItBlank() {
        DialPeerDTO p = Dtos.voip(5, "5...", null);
        p.preference = 10;
        p.operUp = false;

        assertThat(DialPeerSummaryFormatter.row(p))
                .isEqualTo("5      voip  up   down           5...              10  syst");
    }

    @Test
    void headerFollowsTheHuntSchemeAndEmptyPlanPrintsOnlyHeaders() {
        assertThat(DialPeerSummaryFormatter.format(2, List.of())).isEqualTo(
                "dial-peer hunt 2\n" + DialPeerSummaryFormatter.HEADER1 + "\n" + DialPeerSummaryFormatter.HEADER2 + "\n");
    }

    @Test
    void columnConstantsMatchTheHeader() {
        String h = DialPeerSummaryFormatter.HEADER2;
        assertThat(h.indexOf("TYPE")).isEqualTo(DialPeerSummaryFormatter.TYPE);
        assertThat(h.indexOf("MIN")).isEqualTo(DialPeerSummaryFormatter.ADMIN);
        assertThat(h.indexOf("OPER")).isEqualTo(DialPeerSummaryFormatter.OPER);
        assertThat(h.indexOf("PREFIX")).isEqualTo(DialPeerSummaryFormatter.PREFIX);
        assertThat(h.indexOf("DEST-PATTERN")).isEqualTo(DialPeerSummaryFormatter.DEST_PATTERN);
        assertThat(h.indexOf("THRU")).isEqualTo(DialPeerSummaryFormatter.PASS_THRU);
        assertThat(h.indexOf("SESS-TARGET")).isEqualTo(DialPeerSummaryFormatter.SESS_TARGET);
        assertThat(h.indexOf("STAT")).isEqualTo(DialPeerSummaryFormatter.STAT);
        assertThat(h.indexOf("PORT")).isEqualTo(DialPeerSummaryFormatter.PORT);
        assertThat(h.indexOf("KEEPALIVE")).isEqualTo(DialPeerSummaryFormatter.KEEPALIVE);
    }
}
