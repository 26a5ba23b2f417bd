package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.sipua.SipMessageTrace;
import org.voxgate.api.sipua.SipStatistics;
import org.voxgate.api.sipua.SipStatisticsDTO;

/** debug / undebug / no / clear through a real Gogo processor, with the trace and statistics faked. */
class DebugCommandsTest {
    private final ThreadIOImpl threadIo = new ThreadIOImpl();
    private final FakeTrace trace = new FakeTrace();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private CommandProcessorImpl processor;
    private CommandSession session;
    private int clears;

    static final class FakeTrace implements SipMessageTrace {
        volatile boolean on;
        final List<Consumer<String>> sinks = new CopyOnWriteArrayList<>();

        @Override public void start() { on = true; }
        @Override public void stop() { on = false; sinks.clear(); }
        @Override public boolean isOn() { return on; }
        @Override public AutoCloseable addSink(Consumer<String> sink) {
            sinks.add(sink);
            return () -> sinks.remove(sink);
        }

        void emit(String text) {
            sinks.forEach(s -> s.accept(text));
        }
    }

    @BeforeEach
    void gogo() {
        threadIo.start();
        DebugCommands debug = new DebugCommands();
        debug.trace = trace;
        ClearCommands clear = new ClearCommands();
        clear.statistics = new SipStatistics() {
            @Override public SipStatisticsDTO snapshot() { return new SipStatisticsDTO(); }
            @Override public void clear() { clears++; }
        };
        processor = new CommandProcessorImpl(threadIo);
        for (String f : List.of("debug", "undebug", "no")) {
            processor.addCommand("voxgate", debug, f);
        }
        processor.addCommand("voxgate", clear, "clear");
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        session = processor.createSession(InputStream.nullInputStream(), out, out);
    }

    @AfterEach
    void close() {
        session.close();
        threadIo.stop();
    }

    @Test
    void oneShotSessionTurnsTheLogTraceOnAndSaysTheConsoleGetsNothing() throws Exception {
        assertThat(session.execute("debug ccsip messages"))
                .isEqualTo(DebugCommands.ON + "\n" + DebugCommands.LOG_ONLY);
        assertThat(DebugCommands.LOG_ONLY)
                .isEqualTo("SIP message tracing to the log is on (console output only in an interactive session)");
        assertThat(trace.on).isTrue();
        assertThat(trace.sinks).isEmpty();
        assertThat(session.execute("undebug all")).isEqualTo(DebugCommands.ALL_OFF);
        assertThat(trace.on).isFalse();
    }

    @Test
    void interactiveConsoleGetsEachMessageOnceEvenWhenAskedTwice() throws Exception {
        session.put(DebugCommands.TERMINAL, new Object());
        assertThat(session.execute("debug ccsip messages")).isEqualTo(DebugCommands.ON);
        assertThat(session.execute("debug ccsip messages")).isEqualTo(DebugCommands.ON);
        assertThat(trace.sinks).hasSize(1);
        trace.emit("Received: a -> b\nOPTIONS sip:x SIP/2.0");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("Received: a -> b\nOPTIONS sip:x SIP/2.0\n\n");
        assertThat(session.execute("no debug ccsip messages")).isEqualTo(DebugCommands.OFF);
        assertThat(trace.on).isFalse();
        assertThat(trace.sinks).isEmpty();
    }

    @Test
    void otherFormsFailWithTheAvailableOnes() {
        assertThatThrownBy(() -> session.execute("debug ccsip all")).hasMessageStartingWith("% Invalid input: debug ccsip all");
        assertThatThrownBy(() -> session.execute("undebug")).hasMessageContaining("undebug all, undebug ccsip messages");
        assertThatThrownBy(() -> session.execute("no shutdown")).hasMessageStartingWith("% Invalid input: no shutdown");
        assertThatThrownBy(() -> session.execute("clear sip-ua calls")).hasMessageStartingWith("% Invalid input: clear sip-ua calls");
        assertThat(trace.on).isFalse();
    }

    @Test
    void noDebugAllAndUndebugCcsipMessages() throws Exception {
        session.execute("debug ccsip messages");
        assertThat(session.execute("no debug all")).isEqualTo(DebugCommands.ALL_OFF);
        session.execute("debug ccsip messages");
        assertThat(session.execute("undebug ccsip messages")).isEqualTo(DebugCommands.OFF);
        assertThat(trace.on).isFalse();
    }

    @Test
    void clearSipUaStatisticsIsSilent() throws Exception {
        assertThat(session.execute("clear sip-ua statistics")).isNull();
        assertThat(clears).isEqualTo(1);
    }

    /** The interactive console's profile puts Gogo first (SCOPE = 'gogo:*'), where clear is clear-screen. */
    public static final class GogoClear {
        int calls;

        public void clear(String... args) {
            calls++;
        }
    }

    @Test
    void clearIsOursEvenWhenTheSessionPutsGogoFirstAndBareClearStillClearsTheScreen() throws Exception {
        GogoClear gogo = new GogoClear();
        processor.addCommand("gogo", gogo, "clear");
        processor.addListener(new IosVerbsFirst());
        session.put("SCOPE", "gogo:*");
        assertThat(session.execute("clear sip-ua statistics")).isNull();
        assertThat(clears).isEqualTo(1);
        assertThat(gogo.calls).isZero();
        assertThat(session.get("SCOPE")).isEqualTo("voxgate:gogo:*");
        session.execute("gogo:clear");
        assertThat(gogo.calls).isEqualTo(1);
        session.put(DebugCommands.TERMINAL, new Object());
        session.execute("clear");
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(ClearCommands.CLEAR_SCREEN);
        assertThat(session.get("SCOPE")).as("not prepended twice").isEqualTo("voxgate:gogo:*");
    }

    @Test
    void missingServicesFailWithAClearMessage() {
        DebugCommands debug = new DebugCommands();
        assertThatThrownBy(() -> debug.debug(null, "ccsip", "messages")).hasMessage(DebugCommands.NO_TRACE);
        assertThatThrownBy(() -> debug.undebug("all")).hasMessage(DebugCommands.NO_TRACE);
        assertThatThrownBy(() -> new ClearCommands().clear(null, "sip-ua", "statistics")).hasMessage(ShowCommands.NO_STATISTICS);
    }
}
