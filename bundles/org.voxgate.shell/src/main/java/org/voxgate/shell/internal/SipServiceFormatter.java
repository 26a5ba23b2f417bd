package org.voxgate.shell.internal;

import org.voxgate.api.call.SipServiceDTO;

/**
 * {@code show sip service} as IOS prints it: {@code SIP Service is up}, or
 * {@code SIP service is shut under 'voice service voip', 'sip' submode} (draining), or
 * {@code SIP service is forced shut under ...}; we add the number of calls still up while draining.
 */
final class SipServiceFormatter {
    private SipServiceFormatter() {}

    static String format(SipServiceDTO s) {
        return switch (s.state) {
            case "up" -> "SIP Service is up\n";
            case "forced" -> "SIP service is forced shut under " + s.shutBy + "\n";
            default -> "SIP service is shut under " + s.shutBy + "\n" + "Calls still up (draining): " + s.callsUp + "\n";
        };
    }
}
