package org.voxgate.dtmf.kpml.internal;

/**
 * The relay's clock and timer, as an interface so tests can drive time by hand instead of sleeping. Production uses
 * {@link ScheduledRelayTimer} on the bundle's one daemon thread.
 */
interface RelayTimer {
    /** Monotonic milliseconds (only differences mean anything). */
    long nowMs();

    /** Runs {@code task} once after {@code delayMs}; the handle cancels it if it has not run yet. */
    Scheduled schedule(Runnable task, long delayMs);

    interface Scheduled {
        Scheduled NONE = () -> {};

        void cancel();
    }
}
