package org.voxgate.sip.internal;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.SipStack;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * JAIN-SIP's message logger, the one place the RI reports every message it receives and sends (a message
 * channel calls it right after reading or before writing, retransmissions included). It forwards each one
 * to the {@link StackMonitor} (counters, trace). The RI calls it only while {@link JulStackLogger} reports
 * message logging enabled, which the stack component turns on.
 * <p>
 * Each message is forwarded once. Requests received and everything sent come through the form without a status.
 * A received response is reported by the transaction layer with the status "before processing" for every
 * transport, and over UDP once more by the channel without a status (over TCP not); only the first counts.
 */
public final class JulServerLogger implements ServerLogger {
    private static final Logger LOG = Logger.getLogger(JulServerLogger.class.getName());
    private volatile StackMonitor monitor;

    /** Sends every message from now on to {@code m} (null: to nothing). */
    void observe(StackMonitor m) {
        monitor = m;
    }

    @Override
    public void closeLogFile() {}

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        if (!sender && message instanceof SIPResponse) {
            return; // the UDP channel's report of a received response; the transaction layer reports it on every transport
        }
        forward(message, from, to, sender, time);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        if (!sender && message instanceof SIPResponse) {
            forward(message, from, to, false, time);
        }
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        logMessage(message, from, to, status, sender, System.currentTimeMillis());
    }

    /** A kept response sent again as bytes, which the stack does not log (see {@link StackMonitor#resent}). */
    void resent(byte[] response, String method) {
        StackMonitor m = monitor;
        if (m != null) {
            m.resent(response, method);
        }
    }

    private void forward(SIPMessage message, String from, String to, boolean sender, long time) {
        StackMonitor m = monitor;
        if (m != null) {
            m.message(message, from, to, sender, time);
        }
    }

    @Override
    public void logException(Exception ex) {
        LOG.log(Level.WARNING, "JAIN-SIP message exception", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {}

    @Override
    public void setSipStack(SipStack sipStack) {}
}
