package org.voxgate.sip.internal;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.SipStack;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;

/**
 * JAIN-SIP's message logger, the one place the RI reports every message it receives and sends (a message
 * channel calls it right after reading or before writing, retransmissions included). It forwards each one
 * to the {@link StackMonitor} (counters, trace). The RI calls it only while {@link JulStackLogger} reports
 * message logging enabled, which the stack component turns on.
 * <p>
 * The RI reports a received response twice: once from the channel ({@code logMessage} without status) and
 * once more from the transaction layer with the status "before processing"; only the first counts.
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
        StackMonitor m = monitor;
        if (m != null) {
            m.message(message, from, to, sender, time);
        }
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        // the transaction layer's second report of a received response: already seen by the 5-argument form
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        // as above
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
