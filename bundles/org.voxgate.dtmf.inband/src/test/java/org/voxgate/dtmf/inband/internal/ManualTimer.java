package org.voxgate.dtmf.inband.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link DigitTimer} on virtual time: tasks run only when the test advances the clock, in due order. */
final class ManualTimer implements DigitTimer {
    private record Entry(long due, long order, Runnable task, boolean[] cancelled) {}

    private final List<Entry> pending = new ArrayList<>();
    private long nowMillis;
    private long order;

    @Override
    public synchronized Task schedule(Runnable task, long delayMillis) {
        boolean[] cancelled = {false};
        pending.add(new Entry(nowMillis + Math.max(0, delayMillis), order++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs every task due up to now + {@code millis}, each at its own virtual time. */
    void advance(long millis) {
        long until = nowMillis + millis;
        while (true) {
            Entry e;
            synchronized (this) {
                e = pending.stream().filter(p -> p.due <= until)
                        .min(Comparator.comparingLong(Entry::due).thenComparingLong(Entry::order)).orElse(null);
                if (e == null) {
                    nowMillis = until;
                    return;
                }
                pending.remove(e);
                nowMillis = e.due;
            }
            if (!e.cancelled[0]) {
                e.task.run();
            }
        }
    }

    synchronized long nowMillis() {
        return nowMillis;
    }

    /** Tasks scheduled and neither run nor cancelled. */
    synchronized long live() {
        return pending.stream().filter(p -> !p.cancelled[0]).count();
    }
}
