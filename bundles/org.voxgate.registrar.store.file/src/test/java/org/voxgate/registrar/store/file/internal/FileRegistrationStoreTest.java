package org.voxgate.registrar.store.file.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.util.converter.Converters;
import org.voxgate.spi.registrar.Binding;

class FileRegistrationStoreTest {
    static final long T0 = 1_800_000_000_000L;

    @TempDir
    Path tmp;
    private final List<FileRegistrationStore> open = new ArrayList<>();

    @AfterEach
    void stopAll() {
        open.forEach(FileRegistrationStore::stop);
    }

    static FileRegistrationStore.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(FileRegistrationStore.Config.class);
    }

    FileRegistrationStore store(Path dir, Map<String, Object> properties) throws IOException {
        FileRegistrationStore s = new FileRegistrationStore();
        s.clock = Clock.fixed(Instant.ofEpochMilli(T0), ZoneOffset.UTC);
        s.start(dir, config(properties));
        open.add(s);
        return s;
    }

    FileRegistrationStore store(Path dir) throws IOException {
        return store(dir, Map.of());
    }

    static Binding binding(String aor, String contact, long expiresAt) {
        return new Binding(aor, contact, 1.0f, expiresAt, "call-" + aor, 1, "udp:127.0.0.1:5062");
    }

    /** What a kill -9 leaves: the directory's bytes as they are now, with the store still open. */
    Path crashCopy(Path dir) throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("crash-" + open.size()));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals(Journal.LOCK)) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        return copy;
    }

    @Test
    void putThenLookupKeepsTheOrderAndHidesExpiredBindings() throws IOException {
        FileRegistrationStore s = store(tmp.resolve("a"));
        Binding recent = binding("6001", "sip:6001@127.0.0.1:5064", T0 + 60_000);
        Binding older = binding("6001", "sip:6001@127.0.0.1:5062", T0 + 3_600_000);
        s.put("6001", List.of(recent, older));

        assertThat(s.lookup("6001", T0)).containsExactly(recent, older);
        assertThat(s.lookup("6001", T0 + 60_000)).as("expired at its expiresAt").containsExactly(older);
        assertThat(s.lookup("6002", T0)).isEmpty();
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.snapshot(T0 + 61_000)).containsOnlyKeys("6001").containsEntry("6001", List.of(older));
    }

    @Test
    void anEmptyListRemovesTheAor() throws IOException {
        FileRegistrationStore s = store(tmp.resolve("a"));
        s.put("6001", List.of(binding("6001", "sip:6001@h", T0 + 1000)));
        s.put("6001", List.of());
        assertThat(s.lookup("6001", T0)).isEmpty();
        assertThat(s.snapshot(T0)).isEmpty();
        assertThat(store(crashCopy(tmp.resolve("a"))).snapshot(T0)).isEmpty();
    }

    @Test
    void expireRemovesOnlyExpiredBindingsAndCountsThem() throws IOException {
        FileRegistrationStore s = store(tmp.resolve("a"));
        s.put("6001", List.of(binding("6001", "sip:a@h", T0 + 1000), binding("6001", "sip:b@h", T0 + 5000)));
        s.put("6002", List.of(binding("6002", "sip:c@h", T0 + 1000)));
        assertThat(s.expire(T0 + 2000)).isEqualTo(2);
        assertThat(s.snapshot(T0)).containsOnlyKeys("6001");
        assertThat(s.lookup("6001", T0)).extracting(Binding::contact).containsExactly("sip:b@h");
        assertThat(s.expire(T0 + 2000)).isZero();
    }

    @Test
    void aBindingPutWithAnotherAorIsRefused() throws IOException {
        FileRegistrationStore s = store(tmp.resolve("a"));
        assertThatThrownBy(() -> s.put("6001", List.of(binding("6002", "sip:x@h", T0 + 1000))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyAcknowledgedPutSurvivesACrash() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir);
        for (int i = 0; i < 100; i++) {
            String aor = Integer.toString(7000 + i);
            s.put(aor, List.of(binding(aor, "sip:" + aor + "@127.0.0.1:" + (5000 + i), T0 + 3_600_000)));
        }
        s.put("7005", List.of()); // removed before the crash
        s.put("7006", List.of(binding("7006", "sip:7006@10.0.0.6", T0 + 60_000)));

        FileRegistrationStore after = store(crashCopy(dir));
        assertThat(after.snapshot(T0)).isEqualTo(s.snapshot(T0)).hasSize(99);
        assertThat(after.lookup("7006", T0)).extracting(Binding::contact).containsExactly("sip:7006@10.0.0.6");
    }

    @Test
    void replayDropsBindingsThatExpiredWhileDown() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir);
        s.put("6001", List.of(binding("6001", "sip:a@h", T0 - 1)));
        s.put("6002", List.of(binding("6002", "sip:b@h", T0 + 1000)));
        FileRegistrationStore after = store(crashCopy(dir));
        assertThat(after.snapshot(T0)).containsOnlyKeys("6002");
        assertThat(after.size()).isEqualTo(1);
    }

    @Test
    void fieldsWithSeparatorsAndNullsRoundTrip() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir, Map.of("fsync", true));
        Binding odd = new Binding("+49 %30\t", "sip:x@h;p=%41\tz\r\n", 0.25f, T0 + 1000, null, 7, null);
        s.put(odd.aor(), List.of(odd));
        assertThat(store(crashCopy(dir)).lookup(odd.aor(), T0)).containsExactly(odd);
    }

    @Test
    void compactionFoldsTheJournalIntoASnapshotAndLosesNothing() throws Exception {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir, Map.of("compaction.threshold", 1_000_000));
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 20; i++) {
                String aor = Integer.toString(8000 + i);
                s.put(aor, List.of(binding(aor, "sip:" + aor + "@h:" + round, T0 + 1000 + round)));
            }
        }
        s.put("8019", List.of());
        s.put("8018", List.of(binding("8018", "sip:gone@h", T0 - 5))); // expired: not in the snapshot
        long before = Files.size(dir.resolve(Journal.JOURNAL));
        s.compact();
        assertThat(Files.exists(dir.resolve(Journal.SNAPSHOT))).isTrue();
        assertThat(Files.exists(dir.resolve(Journal.ROTATED))).isFalse();
        assertThat(Files.size(dir.resolve(Journal.JOURNAL))).isZero();
        assertThat(Files.readAllLines(dir.resolve(Journal.SNAPSHOT))).hasSize(18);
        assertThat(before).isGreaterThan(Files.size(dir.resolve(Journal.SNAPSHOT)));

        s.put("8000", List.of(binding("8000", "sip:after@h", T0 + 9000)));
        FileRegistrationStore after = store(crashCopy(dir));
        assertThat(after.snapshot(T0)).isEqualTo(s.snapshot(T0)).hasSize(18);
        assertThat(after.lookup("8000", T0)).extracting(Binding::contact).containsExactly("sip:after@h");
    }

    @Test
    void theThresholdTriggersCompactionInTheBackground() throws Exception {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir, Map.of("compaction.threshold", 50));
        for (int i = 0; i < 120; i++) {
            String aor = Integer.toString(i % 10);
            s.put(aor, List.of(binding(aor, "sip:" + i + "@h", T0 + 1000)));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(dir.resolve(Journal.SNAPSHOT)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(dir.resolve(Journal.SNAPSHOT)).exists();
        Thread.sleep(100); // let a compaction in flight finish
        assertThat(Files.readAllLines(dir.resolve(Journal.JOURNAL)).size()).isLessThan(120);
        assertThat(store(crashCopy(dir)).snapshot(T0)).isEqualTo(s.snapshot(T0)).hasSize(10);
    }

    /** With more AORs than the threshold, a compaction waits for one journal record per AOR (constant cost per put). */
    @Test
    void compactionWaitsForAsManyRecordsAsThereAreAors() throws Exception {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir, Map.of("compaction.threshold", 50));
        for (int i = 0; i < 10; i++) {
            s.put("a" + i, List.of(binding("a" + i, "sip:" + i + "@h", T0 + 1000)));
        }
        assertThat(s.compactionDue(49)).isFalse();
        assertThat(s.compactionDue(50)).as("10 AORs: the threshold decides").isTrue();
        for (int i = 10; i < 200; i++) {
            s.put("a" + i, List.of(binding("a" + i, "sip:" + i + "@h", T0 + 1000)));
        }
        assertThat(s.compactionDue(199)).as("200 AORs").isFalse();
        assertThat(s.compactionDue(200)).isTrue();
        for (int i = 0; i < 150; i++) {
            s.put("a" + i, List.of(binding("a" + i, "sip:r" + i + "@h", T0 + 2000)));
        }
        Map<String, List<Binding>> before = s.snapshot(T0);
        s.stop(); // waits for a compaction in flight (a copy of the directory could race its file rename)
        assertThat(store(dir).snapshot(T0)).isEqualTo(before).hasSize(200);
    }

    @Test
    void aCompactionCutShortByACrashIsFinishedOnStart() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir);
        s.put("1", List.of(binding("1", "sip:1@h", T0 + 1000)));
        s.put("2", List.of(binding("2", "sip:2@h", T0 + 1000)));
        Path crashed = crashCopy(dir);
        // the crash came after the journal was rotated and before the new snapshot replaced the old one
        Files.move(crashed.resolve(Journal.JOURNAL), crashed.resolve(Journal.ROTATED));
        Files.write(crashed.resolve(Journal.JOURNAL),
                new JournalRecord("2", List.of(binding("2", "sip:2bis@h", T0 + 1000))).encode());

        FileRegistrationStore after = store(crashed);
        assertThat(after.lookup("1", T0)).extracting(Binding::contact).containsExactly("sip:1@h");
        assertThat(after.lookup("2", T0)).extracting(Binding::contact).containsExactly("sip:2bis@h");
        assertThat(crashed.resolve(Journal.ROTATED)).doesNotExist();
        assertThat(store(crashCopy(crashed)).snapshot(T0)).isEqualTo(after.snapshot(T0));
    }

    @Test
    void aHalfWrittenLastRecordIsIgnoredAndCutOff() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir);
        s.put("6001", List.of(binding("6001", "sip:6001@h", T0 + 1000)));
        Path crashed = crashCopy(dir);
        byte[] next = new JournalRecord("6002", List.of(binding("6002", "sip:6002@h", T0 + 1000))).encode();
        Files.write(crashed.resolve(Journal.JOURNAL), java.util.Arrays.copyOf(next, next.length / 2),
                StandardOpenOption.APPEND);

        FileRegistrationStore after = store(crashed);
        assertThat(after.snapshot(T0)).containsOnlyKeys("6001");
        // the torn bytes are gone, so the next record is a line of its own and reads back
        after.put("6003", List.of(binding("6003", "sip:6003@h", T0 + 1000)));
        assertThat(store(crashCopy(crashed)).snapshot(T0)).containsOnlyKeys("6001", "6003");
    }

    @Test
    void aCompleteRecordWithABadChecksumIsSkipped() throws IOException {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir);
        s.put("6001", List.of(binding("6001", "sip:6001@h", T0 + 1000)));
        s.put("6002", List.of(binding("6002", "sip:6002@h", T0 + 1000)));
        s.put("6003", List.of(binding("6003", "sip:6003@h", T0 + 1000)));
        Path crashed = crashCopy(dir);
        List<String> lines = Files.readAllLines(crashed.resolve(Journal.JOURNAL), StandardCharsets.UTF_8);
        lines.set(1, lines.get(1).replace("sip:6002@h", "sip:6002@X"));
        Files.write(crashed.resolve(Journal.JOURNAL), lines, StandardCharsets.UTF_8);
        assertThat(store(crashed).snapshot(T0)).containsOnlyKeys("6001", "6003");
    }

    @Test
    void twoStoresNeverShareADirectory() throws IOException {
        Path dir = tmp.resolve("a");
        store(dir);
        assertThatThrownBy(() -> store(dir)).isInstanceOf(IOException.class).hasMessageContaining("in use");
    }

    @Test
    void changingTheDirectoryMovesTheBindings() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        FileRegistrationStore s = store(a);
        s.put("6001", List.of(binding("6001", "sip:6001@h", T0 + 1000)));
        s.modified(config(Map.of("dir", b.toString())));
        assertThat(s.directory()).isEqualTo(b);
        s.put("6002", List.of(binding("6002", "sip:6002@h", T0 + 1000)));
        assertThat(store(crashCopy(b)).snapshot(T0)).containsOnlyKeys("6001", "6002");
        assertThat(store(a).snapshot(T0)).as("the old directory is free again").containsOnlyKeys("6001");
    }

    @Test
    void manyThreadsPutConcurrentlyAndTheJournalReplaysToTheSameState() throws Exception {
        Path dir = tmp.resolve("a");
        FileRegistrationStore s = store(dir, Map.of("compaction.threshold", 500));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 400; i++) {
                    String aor = Integer.toString(i % 50); // shared by every thread
                    String own = "t" + thread + "-" + (i % 20); // this thread's own
                    s.put(aor, List.of(binding(aor, "sip:" + thread + "-" + i + "@h", T0 + 1000 + i)));
                    s.put(own, List.of(binding(own, "sip:" + i + "@h", T0 + 1000)));
                    s.lookup(aor, T0);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Map<String, List<Binding>> expected = new HashMap<>(s.snapshot(T0));
        assertThat(expected).hasSize(50 + 16 * 20);
        s.stop();
        open.remove(s);
        assertThat(store(dir).snapshot(T0)).isEqualTo(expected);
    }
}
