package org.voxgate.logging.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Forwards every OSGi log entry (SCR, Config Admin, FileInstall, framework events) into
 * java.util.logging, so that the JVM, JAIN-SIP and all bundles write to one log in
 * {@code <home>/log/}. Framework event chatter (bundle/service events) goes to FINE.
 */
@Component(immediate = true)
public class OsgiLogToJul implements LogListener {

    @Reference
    private LogReaderService reader;

    @Activate
    void activate() {
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        String name = entry.getLoggerName();
        Level level = toJul(entry.getLogLevel());
        if (name != null && name.startsWith("Events.") && level.intValue() <= Level.INFO.intValue()) {
            level = Level.FINE;
        }
        String loggerName = entry.getBundle() == null ? "osgi" : entry.getBundle().getSymbolicName();
        Logger logger = Logger.getLogger(loggerName == null ? "osgi" : loggerName);
        if (logger.isLoggable(level)) {
            logger.log(level, entry.getMessage(), entry.getException());
        }
    }

    static Level toJul(LogLevel level) {
        return switch (level) {
            case AUDIT, INFO -> Level.INFO;
            case ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case DEBUG -> Level.FINE;
            case TRACE -> Level.FINEST;
        };
    }
}
