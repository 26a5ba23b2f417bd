package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voxgate.api.call.SipServiceDTO;

class SipServiceFormatterTest {

    @Test
    void iosWordingForEachState() {
        assertThat(SipServiceFormatter.format(dto("up", null, 0))).isEqualTo("SIP Service is up\n");
        assertThat(SipServiceFormatter.format(dto("shut", "'voice service voip', 'sip' submode", 3)))
                .isEqualTo("SIP service is shut under 'voice service voip', 'sip' submode\nCalls still up (draining): 3\n");
        assertThat(SipServiceFormatter.format(dto("forced", "'voice service voip'", 0)))
                .isEqualTo("SIP service is forced shut under 'voice service voip'\n");
    }

    private static SipServiceDTO dto(String state, String by, int calls) {
        SipServiceDTO d = new SipServiceDTO();
        d.state = state;
        d.shutBy = by;
        d.callsUp = calls;
        return d;
    }
}
