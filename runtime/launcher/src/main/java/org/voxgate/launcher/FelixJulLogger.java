package org.voxgate.launcher;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/** The Felix framework's own log lines, into java.util.logging like everything else. */
final class FelixJulLogger extends org.apache.felix.framework.Logger {
    private static final Logger LOG = Logger.getLogger("org.apache.felix.framework");

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        Level jul = switch (level) {
            case LOG_ERROR -> Level.SEVERE;
            case LOG_WARNING -> Level.WARNING;
            case LOG_INFO -> Level.INFO;
            default -> Level.FINE;
        };
        String who = bundle == null ? "" : "[" + bundle.getSymbolicName() + "] ";
        LOG.log(jul, who + msg, throwable);
    }
}
