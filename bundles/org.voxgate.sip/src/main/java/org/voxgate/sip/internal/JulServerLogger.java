package org.voxgate.sip.internal;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.SipStack;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;

/**
 * JAIN-SIP's message logger: full SIP messages to the {@code org.voxgate.sip.messages} logger at
 * FINE. Off by default (INFO), so no message is formatted unless an operator asks for a trace.
 */
public final class JulServerLogger implements ServerLogger {
    static final Logger LOG = Logger.getLogger("org.voxgate.sip.messages");

    @Override
    public void closeLogFile() {}

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine((sender ? "Sent " : "Received ") + from + " -> " + to + "\n" + message.encode());
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
