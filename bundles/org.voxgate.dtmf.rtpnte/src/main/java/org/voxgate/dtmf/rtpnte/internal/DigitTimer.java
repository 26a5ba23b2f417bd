package org.voxgate.dtmf.rtpnte.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where a session's timed work runs: the bundle's scheduler in production, a hand-advanced clock in tests (so that
 * no test waits for wall-clock time).
 */
interface DigitTimer {
    /** A scheduled task that has not run yet can be cancelled; cancelling one that ran or was cancelled is a no-op. */
    interface Task {
        void cancel();
    }

    /** Runs {@code task} once after {@code delayMillis} on the timer's thread. */
    Task schedule(Runnable task, long delayMillis);

    /** The bundle's scheduler. After deactivation new tasks are dropped: the core closes the sessions then anyway. */
    static DigitTimer of(ScheduledExecutorService executor) {
        return (task, delayMillis) -> {
            try {
                ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            } catch (RejectedExecutionException e) {
                return () -> { };
            }
        };
    }
}
