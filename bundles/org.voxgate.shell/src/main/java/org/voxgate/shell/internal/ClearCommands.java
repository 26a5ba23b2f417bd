package org.voxgate.shell.internal;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.api.sipua.SipStatistics;

/**
 * IOS {@code clear sip-ua statistics}: every SIP message counter back to zero; silent, as on IOS. This
 * {@code clear} shadows Gogo's clear-screen ({@link IosVerbsFirst}), so a bare {@code clear} in the interactive
 * console still clears the screen.
 */
@Component(service = ClearCommands.class,
        property = {"osgi.command.scope=voxgate", "osgi.command.function=clear"})
public class ClearCommands {
    /** ANSI: cursor home, erase the screen (what Gogo's clear prints on an ANSI terminal). */
    static final String CLEAR_SCREEN = "\u001b[H\u001b[2J";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipStatistics statistics;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile org.voxgate.api.call.CallRegistry callRegistry;

    @Descriptor("IOS clear: clear sip-ua statistics")
    public String clear(CommandSession session, @Descriptor("sip-ua statistics") String... words) {
        String what = String.join(" ", IosText.words(words));
        if (what.isEmpty() && session != null && session.get(DebugCommands.TERMINAL) != null) {
            session.getConsole().print(CLEAR_SCREEN);
            session.getConsole().flush();
            return null;
        }
        if (!what.equals("sip-ua statistics")) {
            throw new IllegalArgumentException("% Invalid input: clear " + what + "\nAvailable: clear sip-ua statistics");
        }
        SipStatistics s = statistics;
        if (s == null) {
            throw new IllegalStateException(ShowCommands.NO_STATISTICS);
        }
        s.clear();
        org.voxgate.api.call.CallRegistry calls = callRegistry;
        if (calls != null) {
            calls.clearDtmfStatistics();
        }
        return null;
    }
}
