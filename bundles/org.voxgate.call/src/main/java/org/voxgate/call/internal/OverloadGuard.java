package org.voxgate.call.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

import org.voxgate.sip.stack.SipStackService;

/**
 * Refuses new calls while the gateway is behind with its work (the stack's received messages or the call core's
 * events have waited longer than the stack's overload delay), so that calls in progress finish. Without it, a
 * load above capacity made every queue longer until callers retransmitted and gave up on all calls alike: at
 * twice its capacity the gateway completed none (docs/adr/0011). The check costs two queue peeks per new INVITE.
 * <p>
 * Refusing starts only once the gateway has been behind for {@link #PERSIST_NANOS}: a garbage-collection pause
 * makes the work queued before it look old for an instant, and is no reason to refuse calls; an overload lasts.
 * Refusals are logged at most once per {@link #LOG_EVERY_NANOS}, with their count since the last line.
 */
final class OverloadGuard {
    private static final Logger LOG = Logger.getLogger(OverloadGuard.class.getName());
    static final long PERSIST_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final SipStackService stack;
    private final CallPool pool;
    private final LongSupplier nanoClock;
    private final AtomicLong unlogged = new AtomicLong();
    private volatile boolean behind;
    private volatile long behindSince;
    private volatile long loggedAt;

    OverloadGuard(SipStackService stack, CallPool pool, LongSupplier nanoClock) {
        this.stack = stack;
        this.pool = pool;
        this.nanoClock = nanoClock;
        this.loggedAt = nanoClock.getAsLong() - LOG_EVERY_NANOS;
    }

    /** Whether a new call is to be refused now. */
    boolean refusesNewCall() {
        long backlog = pool.backlogMillis();
        long now = nanoClock.getAsLong();
        boolean refuse = false;
        if (!stack.overloaded(backlog)) {
            behind = false;
        } else if (!behind) {
            behind = true;
            behindSince = now;
        } else {
            refuse = now - behindSince >= PERSIST_NANOS;
        }
        if (refuse) {
            unlogged.incrementAndGet();
        }
        if (unlogged.get() > 0 && now - loggedAt >= LOG_EVERY_NANOS) {
            synchronized (this) {
                if (now - loggedAt >= LOG_EVERY_NANOS) {
                    loggedAt = now;
                    LOG.warning("Overload: " + unlogged.getAndSet(0) + " new call(s) refused with 503 (received "
                            + "messages or call events waited longer than overload.delay.ms of org.voxgate.sip); "
                            + (refuse ? "still refusing, call core backlog " + backlog + " ms" : "taking calls again"));
                }
            }
        }
        return refuse;
    }
}
