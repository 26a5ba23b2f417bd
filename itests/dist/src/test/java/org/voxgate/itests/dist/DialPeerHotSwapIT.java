package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dial-peer bundle replaced live (Felix Gogo {@code update ID} through bin/voxgate-cli) while 30 calls are up:
 * the calls already bridged do not depend on routing and must all end normally (BYE answered 200 on both sides),
 * the bundle must be Active again, and its configuration must survive so that new calls route as before.
 */
class DialPeerHotSwapIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration CALLS_UP_TIMEOUT = Duration.ofSeconds(20);
    private static final int LONG_CALLS = 30;
    private static final int FRESH_CALLS = 20;
    private static final String BUNDLE = "org.voxgate.dialpeer";
    /** Key of a counts row: milliseconds since the callee started. */
    private static final String ELAPSED_MS = "elapsedMs";
    private static final String CONFIG = """
            ! DialPeerHotSwapIT
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure 25600
            !
            dial-peer voice 6606 voip
             description SIPp callee
             destination-pattern 6606...
             session protocol sipv2
             session target ipv4:127.0.0.1:25601
            """;

    private Gateway gateway;
    private Sipp.Running callee;
    private Sipp.Running caller;

    @AfterEach
    void stop() {
        for (Sipp.Running s : new Sipp.Running[] {caller, callee}) {
            if (s != null && s.process().isAlive()) {
                s.stop();
            }
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void dialPeerBundleUpdatedWhileThirtyCallsAreUpKeepsTheCallsAndItsConfiguration() {
        gateway = Gateway.start("hotswap", CONFIG);
        String id = gateway.bundleId(BUNDLE);
        assertThat(gateway.cli("log debug").output()).as("no update yet").doesNotContain(BUNDLE + " - BundleEvent UPDATED");

        // 30 calls of 6 s each, 10 per second; the callee dumps its per-message counts every 200 ms
        callee = SippCalls.callee("hotswap-long-uas", "uas-answer.xml", Ports.HOTSWAP_UAS, LONG_CALLS, SIPP_TIMEOUT,
                "-trace_counts", "-fd", "200ms");
        caller = SippCalls.caller("hotswap-long-uac", "uac-long-call.xml", Ports.HOTSWAP_UAC, Ports.HOTSWAP_SIP,
                "6606001", LONG_CALLS, 10, SIPP_TIMEOUT);
        Path counts = Gateway.itestDir().resolve("sipp").resolve("uas-answer_" + callee.process().pid() + "_counts.csv");

        // every call answered and ACKed end to end, none hung up yet
        Map<String, Long> up = awaitCounts(counts, c -> c.get("3_ACK_Recv") >= LONG_CALLS, 0);
        assertThat(up.get("4_BYE_Recv")).as("calls already ended before the update: %s", up).isZero();

        Gateway.CliResult update = ok(gateway.cli("update " + id));
        assertThat(update.output()).as(update::toString).doesNotContainIgnoringCase("exception").doesNotContain("rror");

        // a dump written after the update returned: all 30 calls were still up across it
        Map<String, Long> after = awaitCounts(counts, c -> true, rows(counts));
        assertThat(after.get("4_BYE_Recv")).as("calls that ended before the update had finished (test too slow?): %s", after)
                .isZero();
        System.out.printf("DialPeerHotSwapIT: %d calls up at %d ms, %s updated by %d ms (first BYE due at ~6000 ms)%n",
                up.get("3_ACK_Recv"), up.get(ELAPSED_MS), BUNDLE, after.get(ELAPSED_MS));

        Sipp.Result longCalls = caller.await();
        SippCalls.assertCompleted(longCalls, callee.await(), LONG_CALLS);

        String bundles = ok(gateway.cli("lb -s")).output();
        assertThat(bundles).as("%s after the update", BUNDLE)
                .containsPattern("(?m)^\\s*" + id + "\\|Active\\s*\\|\\s*\\d+\\|" + Pattern.quote(BUNDLE) + " ");
        assertThat(gateway.cli("log debug").output()).as("the framework's log").contains(BUNDLE + " - BundleEvent UPDATED");

        // the dial peer is still configured: a fresh batch routes as before
        callee = SippCalls.callee("hotswap-fresh-uas", "uas-answer.xml", Ports.HOTSWAP_UAS, FRESH_CALLS, SIPP_TIMEOUT);
        caller = SippCalls.caller("hotswap-fresh-uac", "uac-call.xml", Ports.HOTSWAP_UAC, Ports.HOTSWAP_SIP, "6606002",
                FRESH_CALLS, 10, SIPP_TIMEOUT);
        Sipp.Result fresh = caller.await();
        SippCalls.assertCompleted(fresh, callee.await(), FRESH_CALLS);
        assertThat(gateway.log()).doesNotContain("no dial-peer matches").doesNotContain("no router");
    }

    /**
     * While the dial-peer bundle is being updated, new calls get 503 (with Retry-After), never 404: a 404 tells the
     * caller the number does not exist. Calls keep arriving at 200/s across the update.
     */
    @Test
    void callsArrivingDuringTheUpdateGet503NeverA404() throws IOException {
        gateway = Gateway.start("hotswap-window", CONFIG);
        String id = gateway.bundleId(BUNDLE);
        Path trace = Gateway.itestDir().resolve("sipp").resolve("hotswap-window-uac-messages.log");
        Files.createDirectories(trace.getParent());
        Files.deleteIfExists(trace);
        callee = SippCalls.callee("hotswap-window-uas", "uas-answer.xml", Ports.HOTSWAP_UAS, 400, SIPP_TIMEOUT);
        caller = SippCalls.caller("hotswap-window-uac", "uac-call.xml", Ports.HOTSWAP_UAC, Ports.HOTSWAP_SIP,
                "6606001", 400, 200, SIPP_TIMEOUT, "-trace_msg", "-message_file", trace.toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos(); // bounded: wait for traffic to flow
        while (System.nanoTime() < deadline && (!Files.exists(trace) || !Files.readString(trace).contains("SIP/2.0 200"))) {
            Gateway.pause(50);
        }
        ok(gateway.cli("update " + id));
        caller.await();
        assertThat(Files.readString(trace)).as("a configured number answered 404 during the update")
                .doesNotContain("SIP/2.0 404");
    }

    private static Gateway.CliResult ok(Gateway.CliResult r) {
        assertThat(r.exitCode()).as(r::toString).isZero();
        return r;
    }


    /**
     * Waits (bounded) for a row of SIPp's {@code -trace_counts} file after the first {@code skipRows} data rows
     * that satisfies the condition, and returns it (column name to count).
     */
    private static Map<String, Long> awaitCounts(Path file, Predicate<Map<String, Long>> condition, int skipRows) {
        long deadline = System.nanoTime() + CALLS_UP_TIMEOUT.toNanos();
        Map<String, Long> last = Map.of();
        while (System.nanoTime() < deadline) {
            List<Map<String, Long>> rows = read(file);
            for (int i = skipRows; i < rows.size(); i++) {
                last = rows.get(i);
                if (condition.test(last)) {
                    return last;
                }
            }
            skipRows = Math.max(skipRows, rows.size());
            Gateway.pause(50);
        }
        fail("SIPp counts in %s never met the condition within %s; last row: %s", file, CALLS_UP_TIMEOUT, last);
        return last;
    }

    private static int rows(Path file) {
        return read(file).size();
    }

    /** The data rows of a SIPp counts CSV ("CurrentTime;ElapsedTime;0_INVITE_Recv;..."), complete lines only. */
    private static List<Map<String, Long>> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        List<String> lines = text.substring(0, end).lines().toList();
        String[] names = lines.get(0).split(";");
        return lines.stream().skip(1).map(line -> {
            String[] cells = line.split(";");
            Map<String, Long> row = new HashMap<>();
            String[] elapsed = cells[1].trim().split(":"); // hh:mm:ss:micros
            row.put(ELAPSED_MS, (Long.parseLong(elapsed[0]) * 3600 + Long.parseLong(elapsed[1]) * 60
                    + Long.parseLong(elapsed[2])) * 1000 + Long.parseLong(elapsed[3]) / 1000);
            for (int i = 2; i < Math.min(names.length, cells.length); i++) { // 0: CurrentTime
                row.put(names[i], Long.parseLong(cells[i].trim()));
            }
            return row;
        }).toList();
    }
}
