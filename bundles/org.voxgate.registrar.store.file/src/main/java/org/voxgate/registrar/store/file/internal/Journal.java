package org.voxgate.registrar.store.file.internal;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The files of one store directory: a snapshot (every AOR's list at the last compaction), the journal (one
 * {@link JournalRecord} per {@code put} since then) and, while a compaction writes the new snapshot, the
 * rotated journal. State = snapshot, then the rotated journal, then the journal, replayed in that order; since
 * each record is an AOR's complete list, replaying records that the snapshot already contains changes nothing,
 * so a crash at any point of a compaction loses nothing.
 * <p>
 * Not thread-safe: the store calls {@link #append} and {@link #rotate} under its write lock, and
 * {@link #writeSnapshot} from one compaction at a time. Files are written through {@link RandomAccessFile} and
 * {@link FileOutputStream}, not NIO channels: a channel is closed for good when the thread using it is interrupted,
 * and one interrupted stack thread must not take the journal away from every other.
 */
final class Journal implements Closeable {
    static final String SNAPSHOT = "bindings.snapshot";
    static final String JOURNAL = "bindings.journal";
    static final String ROTATED = "bindings.journal.old";
    static final String LOCK = "store.lock";
    private static final int MAX_LINE = 1 << 20;
    private static final Logger LOG = Logger.getLogger(Journal.class.getName());

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private RandomAccessFile out;
    private volatile boolean fsync;
    /** Records in the journal and the rotated journal: what a compaction would fold into the snapshot. */
    private long records;

    /** What {@link #replay} found. */
    record ReplayStats(long records, long corrupt, boolean tornTail) {}

    private Journal(Path dir, FileChannel lockChannel, FileLock lock, boolean fsync) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.fsync = fsync;
    }

    /**
     * Creates the directory if needed and takes its lock file, so that two stores (two gateways on one home) never
     * write the same journal.
     */
    static Journal open(Path dir, boolean fsync) throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("Registration store " + dir + " is in use by another store (lock " + LOCK + ")");
        }
        return new Journal(dir, channel, lock, fsync);
    }

    Path dir() {
        return dir;
    }

    void fsync(boolean on) {
        fsync = on;
    }

    long records() {
        return records;
    }

    boolean hasRotated() {
        return Files.exists(dir.resolve(ROTATED));
    }

    /**
     * Feeds every record of the snapshot, the rotated journal and the journal to {@code sink}, in order, then opens
     * the journal for appending. A torn last line of the journal (the process died inside a write) is cut off with a
     * warning so that the next record starts on a line of its own; a complete line that fails its CRC is skipped.
     */
    ReplayStats replay(Consumer<JournalRecord> sink) throws IOException {
        Stats total = new Stats();
        read(dir.resolve(SNAPSHOT), sink, total, false);
        long counted = total.records;
        read(dir.resolve(ROTATED), sink, total, false);
        long goodEnd = read(dir.resolve(JOURNAL), sink, total, true);
        records = total.records - counted;
        out = new RandomAccessFile(dir.resolve(JOURNAL).toFile(), "rw");
        if (out.length() > goodEnd) {
            out.setLength(goodEnd);
            out.getFD().sync();
        }
        out.seek(goodEnd);
        return new ReplayStats(total.records, total.corrupt, total.torn);
    }

    /** Writes one record; with fsync on, also forces it to the device before returning. */
    void append(JournalRecord record) throws IOException {
        byte[] line = record.encode();
        long start = out.getFilePointer();
        try {
            out.write(line);
            if (fsync) {
                out.getFD().sync();
            }
        } catch (IOException e) {
            // e.g. disk full after part of the line: cut it off, or the next record would continue this one
            try {
                out.setLength(start);
                out.seek(start);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        records++;
    }

    /** Moves the journal aside and starts an empty one; the caller then writes the snapshot of this moment. */
    void rotate() throws IOException {
        out.close();
        Files.move(dir.resolve(JOURNAL), dir.resolve(ROTATED), StandardCopyOption.ATOMIC_MOVE);
        out = new RandomAccessFile(dir.resolve(JOURNAL).toFile(), "rw");
        out.setLength(0);
        records = 0;
        syncDirectory();
    }

    /** Empties the journal (the caller holds the write lock and has just written a complete snapshot). */
    void truncate() throws IOException {
        out.setLength(0);
        out.seek(0);
        out.getFD().sync();
        records = 0;
    }

    /**
     * Writes {@code all} as the new snapshot: a temporary file, forced to disk, renamed over the old snapshot
     * (atomic), then the rotated journal is deleted.
     */
    void writeSnapshot(Iterable<JournalRecord> all) throws IOException {
        Path tmp = dir.resolve(SNAPSHOT + ".tmp");
        try (FileOutputStream file = new FileOutputStream(tmp.toFile())) {
            BufferedOutputStream buffered = new BufferedOutputStream(file, 1 << 16);
            for (JournalRecord r : all) {
                buffered.write(r.encode());
            }
            buffered.flush();
            file.getFD().sync();
        }
        Files.move(tmp, dir.resolve(SNAPSHOT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncDirectory();
        Files.deleteIfExists(dir.resolve(ROTATED));
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) {
                out.close();
            }
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** Makes a rename durable (POSIX: the directory entry is data of the directory). */
    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine(() -> "Cannot sync directory " + dir + ": " + e);
        }
    }

    private static final class Stats {
        long records;
        long corrupt;
        boolean torn;
    }

    /** Reads one file's records; returns the offset just after its last complete line. */
    private static long read(Path file, Consumer<JournalRecord> sink, Stats stats, boolean tailMayBeTorn)
            throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long offset = 0;
        long goodEnd = 0;
        long lineNumber = 0;
        byte[] line = new byte[512];
        int length = 0;
        boolean oversized = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    offset++;
                    if (b != '\n') {
                        if (length == line.length && length < MAX_LINE) {
                            line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
                        }
                        if (length < line.length) {
                            line[length++] = b;
                        } else {
                            oversized = true;
                        }
                        continue;
                    }
                    lineNumber++;
                    goodEnd = offset;
                    if (oversized) {
                        stats.corrupt++;
                        LOG.warning(file + " line " + lineNumber + ": longer than " + MAX_LINE + " bytes, skipped");
                    } else if (length > 0) {
                        try {
                            sink.accept(JournalRecord.decode(line, 0, length));
                            stats.records++;
                        } catch (IllegalArgumentException e) {
                            stats.corrupt++;
                            LOG.warning(file + " line " + lineNumber + ": not a valid record (" + e.getMessage()
                                    + "), skipped");
                        }
                    }
                    length = 0;
                    oversized = false;
                }
            }
        }
        if (length > 0 || oversized) {
            stats.torn = true;
            LOG.warning(file + ": the last line (" + (offset - goodEnd) + " bytes after line " + lineNumber
                    + ") is incomplete, a write cut short by a crash; it is ignored"
                    + (tailMayBeTorn ? " and cut off" : ""));
        }
        return goodEnd;
    }
}
