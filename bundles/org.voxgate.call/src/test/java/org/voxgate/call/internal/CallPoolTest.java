package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CallPoolTest {
    @Test
    void backlogIsTheWaitOfTheOldestQueuedTaskAndZeroWhenNoneWaits() throws Exception {
        CallPool pool = new CallPool(1, Thread::new);
        try {
            assertThat(pool.backlogMillis()).isZero();
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch queuedRan = new CountDownLatch(1);
            pool.execute(() -> {
                running.countDown();
                await(release);
            });
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            long queuedAt = System.nanoTime();
            pool.execute(queuedRan::countDown); // waits behind the blocked task
            while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queuedAt) < 60) {
                Thread.onSpinWait();
            }
            long backlog = pool.backlogMillis();
            assertThat(backlog).isGreaterThanOrEqualTo(50)
                    .isLessThanOrEqualTo(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queuedAt));

            release.countDown();
            assertThat(queuedRan.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(pool.backlogMillis()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
