package org.voxgate.itests.dist;

import java.util.concurrent.TimeUnit;

/** Paces DTMF sending (key-down to key-down = duration + gap). It waits for a point in time; it asserts nothing. */
final class Pacing {
    private Pacing() {}

    /** Returns at the given {@link System#nanoTime()} (at once if it has passed). */
    static void until(long deadlineNanos) {
        long left;
        while ((left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
