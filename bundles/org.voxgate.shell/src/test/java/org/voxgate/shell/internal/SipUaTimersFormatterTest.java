package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipUaSettingsDTO;

class SipUaTimersFormatterTest {
    @Test
    void iosDefaultsInTheIosLayout() {
        SipUaSettingsDTO ua = new SipUaSettingsDTO();
        ua.timersTryingMs = 500;
        ua.timersExpiresMs = 180000;
        ua.timersConnectMs = 500;
        ua.timersDisconnectMs = 500;
        ua.timersCometMs = 500;
        ua.timersPrackMs = 500;
        ua.timersRel1xxMs = 500;
        ua.timersNotifyMs = 500;
        assertThat(SipUaTimersFormatter.format(ua)).isEqualTo("""
                SIP UA Timer Values (millisecs)
                trying 500, expires 180000, connect 500, disconnect 500
                comet 500, prack 500, rel1xx 500, notify 500
                """);
    }

    @Test
    void configuredValuesAreShown() {
        SipUaSettingsDTO ua = new SipUaSettingsDTO();
        ua.timersTryingMs = 150;
        ua.timersExpiresMs = 60000;
        ua.timersConnectMs = 100;
        ua.timersDisconnectMs = 1000;
        ua.timersCometMs = 200;
        ua.timersPrackMs = 10000;
        ua.timersRel1xxMs = 64000;
        ua.timersNotifyMs = 300;
        assertThat(SipUaTimersFormatter.format(ua)).isEqualTo("SIP UA Timer Values (millisecs)\n"
                + "trying 150, expires 60000, connect 100, disconnect 1000\n"
                + "comet 200, prack 10000, rel1xx 64000, notify 300\n");
    }
}
