package org.voxgate.shell.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.api.sipua.SipMessageTrace;

/**
 * IOS {@code debug ccsip messages}, {@code undebug all} and {@code no debug ...}. The trace is global, as on IOS:
 * on for the log whoever asked, off for everyone after {@code undebug}. The interactive console that asked also
 * gets every message printed; a one-shot {@code voxgate-cli} session has no console to print to later, so there
 * the trace goes to the log only, and the answer says so.
 */
@Component(service = DebugCommands.class, property = {"osgi.command.scope=voxgate",
        "osgi.command.function=debug", "osgi.command.function=undebug", "osgi.command.function=no"})
public class DebugCommands {
    static final String ON = "SIP Call messages tracing is enabled";
    static final String OFF = "SIP Call messages tracing is disabled";
    static final String ALL_OFF = "All possible debugging has been turned off";
    static final String LOG_ONLY = "SIP message tracing to the log is on (console output only in an interactive session)";
    static final String SHOW_DEBUGGING = "CCSIP SPI: SIP Call Message tracing is enabled (filter is OFF)\n";
    static final String NO_TRACE = "% SIP message trace not available (feature voxgate-core not installed?)";
    /** Session variable gogo.jline sets in its interactive console (and only there). */
    static final String TERMINAL = ".terminal";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipMessageTrace trace;

    /** The console sink of each interactive session that asked, so that asking twice prints once. */
    private final Map<CommandSession, AutoCloseable> consoles = new WeakHashMap<>();

    @Descriptor("IOS debug: debug ccsip messages (full SIP message trace to the log and this console)")
    public String debug(CommandSession session, @Descriptor("ccsip messages") String... words) {
        String what = String.join(" ", IosText.words(words));
        if (!what.equals("ccsip messages")) {
            throw new IllegalArgumentException("% Invalid input: debug " + what + "\nAvailable: debug ccsip messages");
        }
        SipMessageTrace t = trace();
        t.start();
        if (session == null || session.get(TERMINAL) == null) {
            return ON + "\n" + LOG_ONLY;
        }
        PrintStream console = session.getConsole();
        AutoCloseable sink = t.addSink(text -> print(console, text));
        AutoCloseable old;
        synchronized (consoles) {
            old = consoles.put(session, sink);
        }
        closeQuietly(old);
        return ON;
    }

    @Descriptor("IOS undebug: undebug all | undebug ccsip messages (SIP message trace off)")
    public String undebug(@Descriptor("all | ccsip messages") String... words) {
        String what = String.join(" ", IosText.words(words));
        switch (what) {
            case "all":
                stop();
                return ALL_OFF;
            case "ccsip messages":
                stop();
                return OFF;
            default:
                throw new IllegalArgumentException("% Invalid input: undebug " + what
                        + "\nAvailable: undebug all, undebug ccsip messages");
        }
    }

    @Descriptor("IOS no: no debug all | no debug ccsip messages")
    public String no(@Descriptor("debug all | debug ccsip messages") String... words) {
        List<String> w = IosText.words(words);
        if (w.isEmpty() || !w.get(0).equals("debug")) {
            throw new IllegalArgumentException("% Invalid input: no " + String.join(" ", w)
                    + "\nAvailable here: no debug all, no debug ccsip messages (other no forms belong in configure terminal)");
        }
        return undebug(w.subList(1, w.size()).toArray(new String[0]));
    }

    private void stop() {
        trace().stop();
        List<AutoCloseable> sinks;
        synchronized (consoles) {
            sinks = new ArrayList<>(consoles.values());
            consoles.clear();
        }
        sinks.forEach(DebugCommands::closeQuietly);
    }

    /** One traced message on a console: the text and an empty line. A console that fails is dropped by the trace. */
    static void print(PrintStream console, String text) {
        console.print(text + "\n\n");
        console.flush();
        if (console.checkError()) {
            throw new IllegalStateException("console closed");
        }
    }

    private SipMessageTrace trace() {
        SipMessageTrace t = trace;
        if (t == null) {
            throw new IllegalStateException(NO_TRACE);
        }
        return t;
    }


    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // a handle of a trace that is gone
            }
        }
    }
}
