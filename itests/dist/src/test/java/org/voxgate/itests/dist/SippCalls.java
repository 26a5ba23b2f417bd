package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Helpers over {@link Sipp} for the call tests: callers in the background, extra SIPp options, and the usual checks. */
final class SippCalls {
    private SippCalls() {}

    /** A SIPp caller started in the background (so that two can run at once); wait with {@link Sipp.Running#await()}. */
    static Sipp.Running caller(String label, String scenario, int localPort, int gatewayPort, String service, int calls,
                               int rate, Duration timeout, String... extra) {
        List<String> args = new ArrayList<>(List.of("-s", service));
        args.addAll(List.of(extra));
        return Sipp.start(label, scenario, Sipp.Transport.UDP, localPort, gatewayPort, calls, rate, timeout, args);
    }

    /** A SIPp callee over UDP with extra options (e.g. {@code -key name value}). */
    static Sipp.Running callee(String label, String scenario, int localPort, int calls, Duration timeout, String... extra) {
        return Sipp.start(label, scenario, Sipp.Transport.UDP, localPort, 0, calls, 0, timeout, List.of(extra));
    }

    /** SIPp exited 0 with exactly {@code calls} successful calls and no failed one. */
    static void assertAllSuccessful(Sipp.Result r, int calls) {
        assertThat(r.exitCode()).as(r::describe).isZero();
        assertThat(r.output()).as(r::describe)
                .containsPattern("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+" + calls + "\\b")
                .containsPattern("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+0\\b");
    }

    /** Both sides of a batch of calls through the gateway completed every call. */
    static void assertCompleted(Sipp.Result caller, Sipp.Result callee, int calls) {
        assertAllSuccessful(caller, calls);
        assertAllSuccessful(callee, calls);
    }
}
