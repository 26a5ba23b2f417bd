package org.voxgate.launcher;

import java.util.logging.LogManager;

/**
 * The JVM's LogManager closes every handler from its own shutdown hook, which runs in parallel with ours:
 * the lines logged while the gateway stops would be lost. {@code bin/voxgate} selects this manager
 * ({@code -Djava.util.logging.manager}); once the start-up configuration is read it ignores resets until
 * the launcher's shutdown hook has logged the stop and calls {@link #resetNow()}.
 */
public final class DeferredResetLogManager extends LogManager {
    private static volatile boolean deferred;

    /** No-op when another LogManager is in use (e.g. the launcher run from a test). */
    static void deferResetUntilShutdownIsLogged() {
        deferred = LogManager.getLogManager() instanceof DeferredResetLogManager;
    }

    static void resetNow() {
        if (LogManager.getLogManager() instanceof DeferredResetLogManager manager) {
            deferred = false;
            manager.reset();
        }
    }

    @Override
    public void reset() {
        if (!deferred) {
            super.reset();
        }
    }
}
