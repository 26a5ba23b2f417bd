package org.voxgate.shell.internal;

import java.util.List;

import org.voxgate.api.registration.RegistrationStatusDTO;

/**
 * {@code show sip-ua register status [secondary]} in the IOS layout (semantics.md 1.9): one row per line with
 * its POTS dial peer, the seconds left of the registration (counting down; when not registered, the time that is
 * being asked for) and yes/no. Column positions are the sample's.
 */
final class RegisterStatusFormatter {
    static final String HEADER = "Line                             peer       expires(sec) registered";
    static final int LINE = 0;
    static final int PEER = 33;
    static final int EXPIRES = 44;
    static final int REGISTERED = 57;

    private RegisterStatusFormatter() {}

    static String format(List<RegistrationStatusDTO> lines) {
        StringBuilder b = new StringBuilder(HEADER.length() + 1 + 70 * lines.size());
        b.append(HEADER).append('\n');
        for (RegistrationStatusDTO l : lines) {
            b.append(new TextColumns()
                    .left(LINE, l.number)
                    .left(PEER, Integer.toString(l.peerTag))
                    .left(EXPIRES, Long.toString(l.expiresSeconds))
                    .left(REGISTERED, l.registered ? "yes" : "no")
                    .toString()).append('\n');
        }
        return b.toString();
    }
}
