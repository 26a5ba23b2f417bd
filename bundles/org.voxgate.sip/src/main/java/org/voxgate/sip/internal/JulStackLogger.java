package org.voxgate.sip.internal;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import gov.nist.core.CommonLogger;
import gov.nist.core.StackLogger;

/**
 * JAIN-SIP's stack logger on java.util.logging, so the RI never touches log4j. JAIN-SIP's "info" level maps
 * to FINE, so at the default levels none of its text is logged.
 * <p>
 * The RI hands each message to its message logger ({@link JulServerLogger}) only while this logger says
 * TRACE_MESSAGES is enabled; that is how messages are counted and traced. TRACE_MESSAGES is the same number as
 * TRACE_INFO, so with {@link #messageLogging(boolean) message logging} on the RI also builds its few per-message
 * info strings (peer address and port), which {@link #logInfo} then drops unless FINE is on.
 */
public final class JulStackLogger implements StackLogger {
    static final Logger LOG = Logger.getLogger("org.voxgate.sip.jainsip");
    private static volatile boolean messages;

    /** Routes every JAIN-SIP logger to this one; call before creating a stack. */
    public static void install() {
        CommonLogger.legacyLogger = new JulStackLogger();
        CommonLogger.useLegacyLogger = true;
    }

    /** Whether the RI reports every message to the stack's message logger (see the class comment). */
    static void messageLogging(boolean on) {
        messages = on;
    }

    static Level toJul(int level) {
        if (level <= TRACE_FATAL) {
            return Level.SEVERE;
        } else if (level <= TRACE_ERROR) {
            return Level.SEVERE;
        } else if (level <= TRACE_WARN) {
            return Level.WARNING;
        } else if (level <= TRACE_INFO) {
            return Level.FINE;
        } else if (level <= TRACE_DEBUG) {
            return Level.FINER;
        }
        return Level.FINEST;
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int traceLevel) {
        Level level = toJul(traceLevel);
        if (LOG.isLoggable(level)) {
            LOG.log(level, "stack trace", new Throwable("stack trace"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.log(Level.WARNING, "JAIN-SIP exception", ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.finer(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.log(Level.FINER, message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.finest(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.severe(message);
    }

    @Override
    public void logError(String message) {
        LOG.severe(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel == TRACE_MESSAGES && messages) {
            return true;
        }
        return LOG.isLoggable(toJul(logLevel));
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.log(Level.SEVERE, message, ex);
    }

    @Override
    public void logWarning(String message) {
        LOG.warning(message);
    }

    @Override
    public void logInfo(String message) {
        LOG.fine(message);
    }

    @Override
    public void disableLogging() {
        // levels are owned by the JUL configuration
    }

    @Override
    public void enableLogging() {
        // levels are owned by the JUL configuration
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {}

    @Override
    public void setStackProperties(Properties stackProperties) {}

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
