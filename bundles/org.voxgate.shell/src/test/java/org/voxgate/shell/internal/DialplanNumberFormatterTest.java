package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialplanExplanationDTO;
import org.voxgate.api.dialplan.DialplanExplanationDTO.CandidateDTO;

class DialplanNumberFormatterTest {

    private static CandidateDTO candidate(int tag, String type, String pattern, boolean matched, int digits, int length,
            int position, String target) {
        CandidateDTO c = new CandidateDTO();
        c.tag = tag;
        c.type = type;
        c.destinationPattern = pattern;
        c.matched = matched;
        c.matchedDigits = digits;
        c.matchLength = length;
        c.state = "up";
        c.huntPosition = position;
        c.sessionTarget = target;
        return c;
    }

    @Test
    void explainsEveryCandidateThenTheHuntOrder() {
        DialplanExplanationDTO e = new DialplanExplanationDTO();
        e.number = "4404123";
        CandidateDTO down = candidate(12, "voip", "440....", true, 3, 7, 0, null);
        down.state = "down (no session target)";
        CandidateDTO second = candidate(11, "voip", "4.......", true, 1, 7, 2, "ipv4:10.0.0.2");
        second.huntstop = true;
        second.preference = 1;
        // A variable-length match that consumed only part of the number.
        CandidateDTO prefix = candidate(10, "voip", "4404", true, 4, 4, 1, "ipv4:10.0.0.1");
        e.candidates = List.of(prefix, second, down, candidate(20, "pots", "5...", false, 0, 0, 0, null));
        e.huntOrder = List.of(10, 11);

        assertThat(DialplanNumberFormatter.format(0, e)).isEqualTo("""
                Macro Exp.: 4404123
                dial-peer hunt 0

                VoiceOverIpPeer10
                        tag = 10, type = voip, destination-pattern = `4404',
                        matched = yes, Matched: 4404   Digits: 4, match length = 4,
                        preference = 0, huntstop = disabled, state = up, hunt position = 1,
                        session-target = `ipv4:10.0.0.1',

                VoiceOverIpPeer11
                        tag = 11, type = voip, destination-pattern = `4.......',
                        matched = yes, Matched: 4404123   Digits: 1, match length = 7,
                        preference = 1, huntstop = enabled, state = up, hunt position = 2,
                        session-target = `ipv4:10.0.0.2',

                VoiceOverIpPeer12
                        tag = 12, type = voip, destination-pattern = `440....',
                        matched = yes, Matched: 4404123   Digits: 3, match length = 7,
                        preference = 0, huntstop = disabled, state = down (no session target), hunt position = none,
                        session-target = `',

                VoiceEncapPeer20
                        tag = 20, type = pots, destination-pattern = `5...',
                        matched = no,
                        preference = 0, huntstop = disabled, state = up, hunt position = none,

                Hunt order: 10, 11
                """);
    }

    @Test
    void noMatchSaysSo() {
        DialplanExplanationDTO e = new DialplanExplanationDTO();
        e.number = "999";
        e.candidates = List.of(candidate(20, "pots", "5...", false, 0, 0, 0, null));
        e.huntOrder = new ArrayList<>();

        assertThat(DialplanNumberFormatter.format(0, e)).startsWith("Macro Exp.: 999\n")
                .contains("        matched = no,\n")
                .endsWith("\n\nNo dial-peer matches 999\n");
    }

    @Test
    void emptyPlanAndNullListsAreTolerated() {
        DialplanExplanationDTO e = new DialplanExplanationDTO();
        e.number = "1";

        assertThat(DialplanNumberFormatter.format(0, e))
                .isEqualTo("Macro Exp.: 1\ndial-peer hunt 0\n\nNo dial-peer matches 1\n");
    }
}
