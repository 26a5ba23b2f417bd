package org.voxgate.shell.internal;

import org.voxgate.api.sipua.SipUaSettingsDTO;

/**
 * {@code show sip-ua timers} in the IOS layout (semantics.md 1.5). Only the timers Voxgate has are printed: IOS's
 * further lines (refer, hold, update, register, connection aging) are left out.
 */
final class SipUaTimersFormatter {
    private SipUaTimersFormatter() {}

    static String format(SipUaSettingsDTO ua) {
        return "SIP UA Timer Values (millisecs)\n"
                + "trying " + ua.timersTryingMs + ", expires " + ua.timersExpiresMs
                + ", connect " + ua.timersConnectMs + ", disconnect " + ua.timersDisconnectMs + "\n"
                + "comet " + ua.timersCometMs + ", prack " + ua.timersPrackMs
                + ", rel1xx " + ua.timersRel1xxMs + ", notify " + ua.timersNotifyMs + "\n";
    }
}
