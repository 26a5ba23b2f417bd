package org.voxgate.call.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run every call's events (each call's {@link SerialExecutor} submits here), able to say how far
 * behind they are: each task is stamped when queued, and the queue's head, its oldest, tells how long the work
 * waiting for a thread has waited. That is the call core's half of the overload check on new calls.
 */
final class CallPool extends ThreadPoolExecutor {
    CallPool(int threads, ThreadFactory factory) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
    }

    @Override
    public void execute(Runnable task) {
        super.execute(new Queued(task, System.nanoTime()));
    }

    /** How long the oldest task waiting for a thread has waited, ms; 0 when none waits. */
    long backlogMillis() {
        return getQueue().peek() instanceof Queued q ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - q.since) : 0;
    }

    private record Queued(Runnable task, long since) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }
}
