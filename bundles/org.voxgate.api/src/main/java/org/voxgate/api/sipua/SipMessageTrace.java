package org.voxgate.api.sipua;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the SIP stack: the full SIP message trace of IOS {@code debug ccsip messages}. While it is on,
 * every message received and sent is written whole to the log (logger {@code org.voxgate.sip.trace}, INFO) and
 * handed to each sink. Off by default; when off it costs nothing.
 */
@ProviderType
public interface SipMessageTrace {
    /** Turns the trace on (idempotent). */
    void start();

    /** Turns the trace off and drops every sink (IOS {@code undebug all}). */
    void stop();

    boolean isOn();

    /**
     * Also hands each traced message, as text ({@code Received:}/{@code Sent:} header line, time stamp, the
     * message), to {@code sink} until {@link #stop()} or until the returned handle is closed. Sinks are called
     * one at a time on a trace thread, never on a SIP stack thread; a sink that throws is dropped; messages a
     * slow sink cannot keep up with are dropped and counted.
     */
    AutoCloseable addSink(Consumer<String> sink);
}
