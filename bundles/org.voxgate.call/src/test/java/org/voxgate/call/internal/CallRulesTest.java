package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The call core's small rules: when to hunt, cause mapping, sip-server targets, per-call serial execution. */
class CallRulesTest {

    @ParameterizedTest
    @CsvSource({"408, true", "500, true", "503, true", "599, true", "404, false", "486, false", "480, false",
            "603, false", "600, false", "403, false"})
    void huntsOnPeerAndNetworkFailuresOnly(int status, boolean hunts) {
        assertThat(CallAttempts.huntsOn(status)).isEqualTo(hunts);
    }

    @ParameterizedTest
    @CsvSource({"1, 404", "17, 486", "19, 480", "21, 403", "28, 484", "34, 503", "38, 503", "88, 488", "102, 504",
            "127, 500"})
    void q850CausesMapToSipAsRfc3398(int cause, int status) {
        assertThat(Q850.toSip(cause)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"486, 17", "404, 1", "480, 18", "503, 34", "603, 21", "488, 88", "408, 102"})
    void sipStatusesMapToQ850(int status, int cause) {
        assertThat(Q850.fromSip(status)).isEqualTo(cause);
    }

    @Test
    void sipServerTargetsFromSipUa() throws Exception {
        assertThat(Destination.sipServer("ipv4:127.0.0.9:5070", "udp")).isEqualTo(new Destination("127.0.0.9", 5070, "udp"));
        assertThat(Destination.sipServer("dns:pbx.example.test", "tcp")).isEqualTo(new Destination("pbx.example.test", 0, "tcp"));
        assertThatThrownBy(() -> Destination.sipServer(null, "udp")).isInstanceOf(UnroutableException.class)
                .hasMessageContaining("sip-server is not configured");
        assertThatThrownBy(() -> Destination.sipServer("ipv4:127.0.0.9:x", "udp")).isInstanceOf(UnroutableException.class);
    }

    @Test
    void registrarTargetsFromTheRegistrarClient() throws Exception {
        org.voxgate.api.registration.RegistrarDTO secondary = new org.voxgate.api.registration.RegistrarDTO();
        secondary.name = "secondary";
        secondary.host = "127.0.0.42";
        secondary.port = 5070;
        secondary.transport = "udp";
        java.util.concurrent.atomic.AtomicReference<org.voxgate.api.registration.RegistrarDTO> current =
                new java.util.concurrent.atomic.AtomicReference<>(secondary);
        org.voxgate.api.registration.RegistrationStatus status = new org.voxgate.api.registration.RegistrationStatus() {
            @Override public List<org.voxgate.api.registration.RegistrarDTO> registrars() { return List.of(); }
            @Override public List<org.voxgate.api.registration.RegistrationStatusDTO> lines(String r) { return List.of(); }
            @Override public java.util.Optional<org.voxgate.api.registration.RegistrarDTO> currentRegistrar() {
                return java.util.Optional.ofNullable(current.get());
            }
        };
        assertThat(Destination.registrar(status, "tcp", null)).isEqualTo(new Destination("127.0.0.42", 5070, "tcp"));
        current.set(null);
        assertThatThrownBy(() -> Destination.registrar(status, "udp", null)).isInstanceOf(UnroutableException.class)
                .hasMessageContaining("sip-ua / registrar is not configured");
        assertThatThrownBy(() -> Destination.registrar(null, "udp", null)).isInstanceOf(UnroutableException.class)
                .hasMessageContaining("registrar client is not running");
    }

    @Test
    void tasksOfOneCallRunInOrderAndNeverAtTheSameTime() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger running = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1000);
            for (int i = 0; i < 1000; i++) {
                int n = i;
                serial.execute(() -> {
                    if (running.incrementAndGet() > 1) {
                        overlaps.incrementAndGet();
                    }
                    seen.add(n);
                    running.decrementAndGet();
                    done.countDown();
                });
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(overlaps).hasValue(0);
            assertThat(seen).hasSize(1000).isSorted();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheNextOnes() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            SerialExecutor serial = new SerialExecutor(pool);
            CountDownLatch after = new CountDownLatch(1);
            serial.execute(() -> {
                throw new IllegalStateException("boom (expected by the test)");
            });
            serial.execute(after::countDown);
            assertThat(after.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
