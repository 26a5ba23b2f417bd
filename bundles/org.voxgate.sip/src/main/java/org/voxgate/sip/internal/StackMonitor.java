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

    /**
     * The stack sent a kept response again, as bytes, to a retransmitted {@code method} request (docs/adr/0009):
     * counted like the transaction's own retransmission would have been. Not traced (there is no parsed message).
     */
    void resent(byte[] response, String method) {
        if (counting && response.length > 11 && response[7] == ' ') { // "SIP/2.0 200 ..."
            int code = (response[8] - '0') * 100 + (response[9] - '0') * 10 + (response[10] - '0');
            counters.resent(code, method);
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
