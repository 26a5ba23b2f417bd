package org.voxgate.registrar.store.file.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegistrationStore;

/**
 * The default {@link RegistrationStore}: bindings in a concurrent map by AOR, and every {@link #put} appended to a
 * journal file before it returns, so that a {@code kill -9} loses no binding the registrar acknowledged. On
 * activation the snapshot and journal are replayed; when the journal grows past a threshold it is folded into a new
 * snapshot (compaction); a sweeper drops expired bindings from memory.
 * <p>
 * A {@code write(2)} that returned is in the kernel's page cache and survives the death of the process; only a crash
 * of the machine can lose it. {@code fsync=true} also forces each record to the device (durable across power loss,
 * at the cost of one disk flush per REGISTER).
 */
@Component(service = RegistrationStore.class, configurationPid = FileRegistrationStore.PID)
@Designate(ocd = FileRegistrationStore.Config.class)
public class FileRegistrationStore implements RegistrationStore {
    static final String PID = "org.voxgate.registrar.store.file";
    static final String HOME_PROPERTY = "voxgate.home";
    private static final Logger LOG = Logger.getLogger(FileRegistrationStore.class.getName());

    @ObjectClassDefinition(name = "Voxgate registration store (file)",
            description = "Where the SRST registrar keeps its bindings. IOS: none (IOS keeps registrations in RAM only)")
    public @interface Config {
        @AttributeDefinition(description = "Directory of the snapshot and journal files; empty = "
                + "<voxgate.home>/data/registrations (or the bundle's data area without voxgate.home); a relative "
                + "path is taken from voxgate.home. Changing it moves the current bindings there.")
        String dir() default "";

        @AttributeDefinition(description = "Force every journal record to the device before answering (survives a "
                + "power loss, not only a kill -9; one disk flush per REGISTER)")
        boolean fsync() default false;

        @AttributeDefinition(description = "Journal records after which the journal is folded into a new snapshot")
        int compaction_threshold() default 10000;

        @AttributeDefinition(description = "Seconds between two sweeps of expired bindings")
        int sweep_interval() default 30;
    }

    private final Map<String, List<Binding>> bindings = new ConcurrentHashMap<>();
    /** Orders journal appends and map writes, so that the journal's order is the map's. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private Journal journal; // guarded by writeLock
    private ScheduledExecutorService housekeeping;
    private ScheduledFuture<?> sweeper;
    private volatile int compactionThreshold;
    private int sweepInterval;
    private boolean fsync; // guarded by writeLock
    private String home;
    private File dataArea;
    /** Time source (replaced in tests). */
    Clock clock = Clock.systemUTC();

    @Activate
    void activate(BundleContext context, Config config) throws IOException {
        home = context.getProperty(HOME_PROPERTY);
        dataArea = context.getDataFile("registrations");
        start(directory(config), config);
    }

    @Modified
    void modified(Config config) throws IOException {
        Path dir = directory(config);
        writeLock.lock();
        try {
            fsync = config.fsync();
            journal.fsync(fsync);
            if (!dir.equals(journal.dir())) {
                move(dir);
            }
        } finally {
            writeLock.unlock();
        }
        compactionThreshold = threshold(config);
        schedule(config.sweep_interval());
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    /** Opens the directory, replays it and starts housekeeping (also the tests' entry point). */
    void start(Path dir, Config config) throws IOException {
        compactionThreshold = threshold(config);
        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "voxgate-registrations-housekeeping");
            t.setDaemon(true);
            return t;
        });
        fsync = config.fsync();
        Journal j = Journal.open(dir, fsync);
        long now = clock.millis();
        Journal.ReplayStats stats;
        try {
            stats = j.replay(r -> apply(r.aor(), live(r.bindings(), now)));
        } catch (IOException | RuntimeException e) {
            j.close();
            housekeeping.shutdownNow();
            throw e;
        }
        writeLock.lock();
        try {
            journal = j;
        } finally {
            writeLock.unlock();
        }
        LOG.info("Registration store " + dir + ": " + size() + " binding(s) of " + bindings.size() + " AOR(s) from "
                + stats.records() + " record(s)" + (stats.corrupt() > 0 ? ", " + stats.corrupt() + " corrupt record(s) skipped" : "")
                + (stats.tornTail() ? ", an incomplete last record ignored" : ""));
        if (j.hasRotated()) {
            compact(); // a compaction was cut short: finish it before anything else is written
        } else if (compactionDue(j.records())) {
            queueCompaction();
        }
        schedule(config.sweep_interval());
    }

    /** Stops housekeeping (waiting for a compaction in progress) and closes the files. Bindings stay on disk. */
    void stop() {
        ScheduledExecutorService h = housekeeping;
        if (h != null) {
            h.shutdown(); // not shutdownNow: a compaction in progress finishes (it would only be retried next time)
            try {
                h.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeLock.lock();
        try {
            if (journal != null) {
                journal.close();
                journal = null;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot close the registration store", e);
        } finally {
            writeLock.unlock();
        }
        bindings.clear();
    }

    /**
     * A compaction rewrites every live AOR, so it waits until the journal holds at least as many records as there
     * are AORs (and the configured threshold): its cost stays a constant per put however many phones are registered.
     */
    boolean compactionDue(long records) {
        return records >= compactionThreshold && records >= bindings.size();
    }

    @Override
    public void put(String aor, List<Binding> list) {
        Objects.requireNonNull(aor, "aor");
        List<Binding> copy = List.copyOf(list);
        for (Binding b : copy) {
            if (!aor.equals(b.aor())) {
                throw new IllegalArgumentException("Binding of " + b.aor() + " put under " + aor);
            }
        }
        boolean compactionDue;
        writeLock.lock();
        try {
            if (journal == null) {
                throw new IllegalStateException("Registration store is stopped");
            }
            journal.append(new JournalRecord(aor, copy));
            apply(aor, copy);
            compactionDue = compactionDue(journal.records());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot journal the bindings of " + aor, e);
        } finally {
            writeLock.unlock();
        }
        if (compactionDue) {
            queueCompaction();
        }
    }

    @Override
    public List<Binding> lookup(String aor, long nowMillis) {
        List<Binding> list = bindings.get(aor);
        return list == null ? List.of() : live(list, nowMillis);
    }

    @Override
    public int expire(long nowMillis) {
        AtomicInteger removed = new AtomicInteger();
        for (String aor : bindings.keySet()) {
            bindings.computeIfPresent(aor, (k, list) -> {
                List<Binding> live = live(list, nowMillis);
                removed.addAndGet(list.size() - live.size());
                return live.isEmpty() ? null : live;
            });
        }
        return removed.get();
    }

    @Override
    public Map<String, List<Binding>> snapshot(long nowMillis) {
        Map<String, List<Binding>> all = new TreeMap<>();
        bindings.forEach((aor, list) -> {
            List<Binding> live = live(list, nowMillis);
            if (!live.isEmpty()) {
                all.put(aor, live);
            }
        });
        return Collections.unmodifiableMap(all);
    }

    @Override
    public int size() {
        long now = clock.millis();
        int n = 0;
        for (List<Binding> list : bindings.values()) {
            for (Binding b : list) {
                if (b.expiresAt() > now) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Folds the journal into a new snapshot; runs on the housekeeping thread (or at start after a cut-short one). */
    void compact() {
        try {
            List<JournalRecord> copy;
            writeLock.lock();
            try {
                if (journal == null) {
                    return;
                }
                copy = records(clock.millis());
                if (journal.hasRotated()) {
                    // an earlier compaction failed half-way: write everything while nobody appends
                    journal.writeSnapshot(copy);
                    journal.truncate();
                    LOG.info("Registration store compacted (" + copy.size() + " AOR(s))");
                    return;
                }
                journal.rotate();
            } finally {
                writeLock.unlock();
            }
            // the rotated journal and the new one both survive a crash here; the snapshot is written off the lock
            journal.writeSnapshot(copy);
            LOG.fine(() -> "Registration store compacted (" + copy.size() + " AOR(s))");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Registration store compaction failed (the journal keeps every record; retried later)", e);
        } finally {
            compactionQueued.set(false);
        }
    }

    /** One sweep of expired bindings. */
    void sweep() {
        try {
            int removed = expire(clock.millis());
            if (removed > 0) {
                LOG.fine(() -> "Swept " + removed + " expired binding(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweep of expired bindings failed", e);
        }
    }

    Path directory() {
        writeLock.lock();
        try {
            return journal == null ? null : journal.dir();
        } finally {
            writeLock.unlock();
        }
    }

    private void apply(String aor, List<Binding> list) {
        if (list.isEmpty()) {
            bindings.remove(aor);
        } else {
            bindings.put(aor, list);
        }
    }

    private List<JournalRecord> records(long now) {
        List<JournalRecord> all = new ArrayList<>(bindings.size());
        bindings.forEach((aor, list) -> {
            List<Binding> live = live(list, now);
            if (!live.isEmpty()) {
                all.add(new JournalRecord(aor, live));
            }
        });
        return all;
    }

    /** {@code dir} changed: the current bindings become the new directory's whole content (caller holds the lock). */
    private void move(Path dir) throws IOException {
        Journal moved = Journal.open(dir, fsync);
        try {
            moved.replay(r -> { });
            moved.writeSnapshot(records(clock.millis()));
            moved.truncate();
        } catch (IOException | RuntimeException e) {
            moved.close();
            throw e;
        }
        Path old = journal.dir();
        journal.close();
        journal = moved;
        LOG.info("Registration store moved from " + old + " to " + dir + " (" + bindings.size() + " AOR(s))");
    }

    private void queueCompaction() {
        if (compactionQueued.compareAndSet(false, true)) {
            try {
                housekeeping.execute(this::compact);
            } catch (RuntimeException e) { // shutting down
                compactionQueued.set(false);
            }
        }
    }

    private synchronized void schedule(int seconds) {
        int interval = seconds > 0 ? seconds : 30;
        if (sweeper != null && interval == sweepInterval) {
            return;
        }
        if (sweeper != null) {
            sweeper.cancel(false);
        }
        sweepInterval = interval;
        sweeper = housekeeping.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.SECONDS);
    }

    private static int threshold(Config config) {
        return config.compaction_threshold() > 0 ? config.compaction_threshold() : 10000;
    }

    private static List<Binding> live(List<Binding> list, long now) {
        for (Binding b : list) {
            if (b.expiresAt() <= now) {
                List<Binding> live = new ArrayList<>(list.size());
                for (Binding c : list) {
                    if (c.expiresAt() > now) {
                        live.add(c);
                    }
                }
                return List.copyOf(live);
            }
        }
        return list;
    }

    private Path directory(Config config) {
        String configured = config.dir() == null ? "" : config.dir().trim();
        if (!configured.isEmpty()) {
            Path p = Path.of(configured);
            return (p.isAbsolute() || home == null ? p : Path.of(home).resolve(p)).toAbsolutePath().normalize();
        }
        if (home != null) {
            return Path.of(home, "data", "registrations").toAbsolutePath().normalize();
        }
        if (dataArea == null) {
            throw new IllegalStateException("No " + HOME_PROPERTY + " framework property, no bundle data area and no "
                    + PID + " dir: nowhere to keep registrations");
        }
        return dataArea.toPath().toAbsolutePath().normalize();
    }
}
