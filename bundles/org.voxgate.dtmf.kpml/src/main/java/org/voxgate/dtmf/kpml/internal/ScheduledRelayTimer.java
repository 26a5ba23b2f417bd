package org.voxgate.dtmf.kpml.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link RelayTimer} on one daemon thread, owned by the component from activation to deactivation. */
final class ScheduledRelayTimer implements RelayTimer {
    private static final Logger LOG = Logger.getLogger(ScheduledRelayTimer.class.getName());

    private final ScheduledThreadPoolExecutor executor;

    ScheduledRelayTimer(String threadName) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true); // never keeps the framework from stopping
            return t;
        });
        executor.setRemoveOnCancelPolicy(true); // cancelled refresh and expiry timers must not pile up
    }

    @Override
    public long nowMs() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public Scheduled schedule(Runnable task, long delayMs) {
        try {
            ScheduledFuture<?> f = executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "KPML timer task failed", e); // keep the thread for the others
                }
            }, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        } catch (RejectedExecutionException e) {
            // Deactivated while a session still lives: the core is closing it anyway.
            return Scheduled.NONE;
        }
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
