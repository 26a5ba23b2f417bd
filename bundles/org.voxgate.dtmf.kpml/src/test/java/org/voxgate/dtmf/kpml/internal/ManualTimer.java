package org.voxgate.dtmf.kpml.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Virtual time: tasks run only when the test advances the clock, in due order. No sleeping, no real threads. */
final class ManualTimer implements RelayTimer {
    private final class Task implements Scheduled {
        final long dueMs;
        final long seq;
        final Runnable action;
        boolean cancelled;

        Task(long dueMs, long seq, Runnable action) {
            this.dueMs = dueMs;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now = 1_000;
    private long seq;

    @Override
    public long nowMs() {
        return now;
    }

    @Override
    public Scheduled schedule(Runnable action, long delayMs) {
        Task t = new Task(now + Math.max(0, delayMs), seq++, action);
        tasks.add(t);
        return t;
    }

    /** Moves the clock forward, running every task that falls due on the way at its due time. */
    void advance(long ms) {
        long target = now + ms;
        while (true) {
            Task next = tasks.stream().filter(t -> !t.cancelled && t.dueMs <= target)
                    .min(Comparator.<Task>comparingLong(t -> t.dueMs).thenComparingLong(t -> t.seq)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = Math.max(now, next.dueMs);
            next.action.run();
        }
        now = target;
    }

    /** Tasks scheduled and neither run nor cancelled. */
    long pending() {
        return tasks.stream().filter(t -> !t.cancelled).count();
    }
}
