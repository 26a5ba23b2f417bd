package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.stack.SipStackService;

class OverloadGuardTest {
    private final CallPool pool = new CallPool(1, Thread::new);
    private boolean stackSaysOverloaded;
    private long clock = 1_000_000_000L;

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void refusesOnlyOnceTheOverloadHasLastedAndStopsAsSoonAsItEnds() {
        OverloadGuard guard = new OverloadGuard(stack(), pool, () -> clock);
        assertThat(guard.refusesNewCall()).isFalse();

        stackSaysOverloaded = true;
        assertThat(guard.refusesNewCall()).as("just behind (a GC pause looks like this)").isFalse();
        advance(OverloadGuard.PERSIST_NANOS - 1);
        assertThat(guard.refusesNewCall()).isFalse();
        advance(1);
        assertThat(guard.refusesNewCall()).as("behind for 100 ms").isTrue();
        advance(TimeUnit.SECONDS.toNanos(5));
        assertThat(guard.refusesNewCall()).isTrue();

        stackSaysOverloaded = false;
        assertThat(guard.refusesNewCall()).as("caught up").isFalse();
        stackSaysOverloaded = true;
        assertThat(guard.refusesNewCall()).as("behind again: the 100 ms count from now").isFalse();
        advance(OverloadGuard.PERSIST_NANOS);
        assertThat(guard.refusesNewCall()).isTrue();
    }

    private void advance(long nanos) {
        clock += nanos;
    }

    private SipStackService stack() {
        return (SipStackService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SipStackService.class},
                (proxy, method, args) -> method.getName().equals("overloaded") ? stackSaysOverloaded : null);
    }
}
