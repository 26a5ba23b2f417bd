package org.voxgate.sip.internal;

import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

import gov.nist.javax.sip.message.SIPMessage;

/**
 * What the stack's message logger ({@link JulServerLogger}) reports each message to: the counters of
 * {@code show sip-ua statistics} and the trace of {@code debug ccsip messages}. Lives as long as the stack.
 * The RI reports messages only while one of the two wants them ({@link JulStackLogger#messageLogging}).
 */
final class StackMonitor {
    private static final Logger LOG = Logger.getLogger(StackMonitor.class.getName());
    final MessageCounters counters = new MessageCounters();
    final MessageTracer tracer = new MessageTracer(ZoneId.systemDefault());
    private volatile boolean counting;

    StackMonitor(boolean counting) {
        this.counting = counting;
        wantMessages();
    }

    /** Called on the stack's thread for every message received and sent; never throws into the stack. */
    void message(SIPMessage message, String from, String to, boolean sent, long time) {
        try {
            if (counting) {
                counters.count(message, sent);
            }
            tracer.trace(message, from, to, sent, time);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not count or trace a SIP message", e);
        }
    }

    /** Counting on or off (PID org.voxgate.sip, message.statistics); counters keep their values while off. */
    synchronized void counting(boolean on) {
        if (counting != on) {
            counting = on;
            LOG.info("SIP message statistics " + (on ? "on" : "off (message.statistics=false)"));
            wantMessages();
        }
    }

    boolean isCounting() {
        return counting;
    }

    synchronized void startTrace() {
        tracer.start();
        wantMessages();
    }

    synchronized void stopTrace() {
        tracer.stop();
        wantMessages();
    }

    private void wantMessages() {
        JulStackLogger.messageLogging(counting || tracer.isOn());
    }

    void close() {
        tracer.close();
        JulStackLogger.messageLogging(false);
    }
}
