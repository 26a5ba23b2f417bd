package org.voxgate.registrar.client.internal;

/**
 * When REGISTERs are sent again. Three clocks:
 * <ul>
 * <li><b>Retransmission</b> of one REGISTER ({@code sip-ua} {@code retry register N}, {@code timers register T1}):
 * the stack resends at T1, doubling, capped at T2 = 4 s (RFC 3261 §17.1.2.2); without a final answer 3/4 of
 * the interval after the N-th send the attempt has failed (and is abandoned before an (N+1)-th send could go
 * out). {@code retry register 10} with T1 = 500 ms gives up after 30.5 s, about RFC 3261 Timer F (32 s).</li>
 * <li><b>Refresh</b> of an accepted registration at 80-90 % of the granted time (spread so that many lines do
 * not refresh in the same second), leaving the rest for retransmissions.</li>
 * <li><b>Back-off</b> after a failed attempt: 10 s, doubling to at most 10 min; a {@code Retry-After} of the
 * registrar's (up to an hour) is honoured instead.</li>
 * </ul>
 */
final class Timing {
    static final long T2_MS = 4000;
    static final long BACKOFF_FIRST_MS = 10_000;
    static final long BACKOFF_MAX_MS = 600_000;
    static final int RETRY_AFTER_MAX_S = 3600;
    static final long REFRESH_MIN_MS = 1000;

    private Timing() {}

    /**
     * ms from the first send of a REGISTER until it has failed: the N-th send goes out at
     * {@code sum(min(T1 * 2^i, T2)), i < N-1}; then 3/4 of the next interval.
     */
    static long giveUpMs(int sends, int t1Ms) {
        long at = 0;
        long interval = t1Ms;
        for (int i = 0; i < Math.max(1, sends) - 1; i++) {
            at += Math.min(interval, T2_MS);
            interval *= 2;
        }
        return at + Math.min(interval, T2_MS) * 3 / 4;
    }

    /** ms from the 2xx until the refresh: 80 % + {@code random01} * 10 % of the granted seconds, at least 1 s. */
    static long refreshDelayMs(int grantedSeconds, double random01) {
        double share = 0.80 + 0.10 * Math.max(0, Math.min(1, random01));
        return Math.max(REFRESH_MIN_MS, (long) (grantedSeconds * 1000L * share));
    }

    /**
     * ms until the next attempt after {@code consecutiveFailures} (1 for the first) failed attempts; the
     * registrar's Retry-After (seconds, when &gt; 0) takes precedence.
     */
    static long backoffMs(int consecutiveFailures, int retryAfterSeconds) {
        if (retryAfterSeconds > 0) {
            return Math.min(retryAfterSeconds, RETRY_AFTER_MAX_S) * 1000L;
        }
        int doublings = Math.max(0, Math.min(consecutiveFailures - 1, 20));
        return Math.min(BACKOFF_FIRST_MS << doublings, BACKOFF_MAX_MS);
    }
}
