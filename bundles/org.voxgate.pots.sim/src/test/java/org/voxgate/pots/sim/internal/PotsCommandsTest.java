package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;
import org.voxgate.spi.port.PortState;

class PotsCommandsTest {
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);
    private final PotsCommands commands = new PotsCommands();
    private SimulatedPhone caller;
    private SimulatedPhone callee;

    /** A port of some other bundle (a vendor's FXO card). */
    private static final Port FXO = new Port() {
        @Override public String id() { return "0/1/0"; }
        @Override public String signalling() { return "FXO"; }
        @Override public PortState state() { return PortState.SHUTDOWN; }
        @Override public PortCall ring(String a, String b, String c, PortCallListener l) { throw new AssertionError(); }
    };

    @BeforeEach
    void ports() {
        LineSettings settings = new LineSettings(0, 1004, "127.0.0.1", FreePorts.udpBase(4));
        callee = new SimulatedPhone("0/0/10", 1, () -> settings, () -> null, scheduler);
        LoopbackNetwork network = new LoopbackNetwork(callee);
        caller = new SimulatedPhone("0/0/9", 0, () -> settings, () -> network, scheduler);
        commands.ports = List.of(callee, FXO, caller);
    }

    @AfterEach
    void stop() {
        caller.shutdown(16);
        callee.shutdown(16);
        scheduler.shutdownNow();
    }

    @Test
    void statusListsEveryPortInOrder() {
        String table = commands.pots("status").toString();
        assertThat(table.lines()).hasSize(4);
        assertThat(table.lines().toList().get(0)).startsWith("PORT     SIG  STATE      CALLING");
        assertThat(table.lines().map(l -> l.split("\\s+")[0])).containsExactly("PORT", "0/0/9", "0/0/10", "0/1/0");
        assertThat(table).contains("0/1/0    FXO  SHUTDOWN");
        assertThat(commands.pots().toString()).isEqualTo(table);
    }

    @Test
    void dialShowsTheCallAndHangupEndsIt() {
        assertThat(commands.pots("dial", "0/0/9", "6605001").toString()).startsWith("0/0/9: dialled 6605001");
        Await.until("connected with audio", () -> caller.status().counters().packetsWithEnergy() > 0
                && callee.status().counters().packetsWithEnergy() > 0);
        PotsStatus status = commands.status();
        assertThat(status.rows().get(0).state()).isEqualTo(PortState.CONNECTED);
        String callerRow = status.toString().lines().filter(l -> l.startsWith("0/0/9 ")).findFirst().orElseThrow();
        assertThat(callerRow.split("\\s+")).startsWith("0/0/9", "FXS", "CONNECTED", "-", "6605001");
        String calleeRow = status.toString().lines().filter(l -> l.startsWith("0/0/10")).findFirst().orElseThrow();
        assertThat(calleeRow.split("\\s+")).startsWith("0/0/10", "FXS", "CONNECTED", "6605000", "6605001");
        assertThat(Long.parseLong(calleeRow.split("\\s+")[7])).isPositive(); // RX-PKTS

        assertThat(commands.pots("hangup", "0/0/9").toString()).isEqualTo("0/0/9: on hook, IDLE");
        Await.until("callee idle", () -> callee.state() == PortState.IDLE);
    }

    @Test
    void mistakesAreReported() {
        assertThatThrownBy(() -> commands.pots("dial", "0/0/7", "1")).hasMessageContaining("no voice port 0/0/7")
                .hasMessageContaining("0/0/9, 0/0/10, 0/1/0");
        assertThatThrownBy(() -> commands.pots("hangup", "0/1/0")).hasMessageContaining("not a simulated phone");
        assertThatThrownBy(() -> commands.pots("hangup", "0/0/9")).hasMessageContaining("idle");
        assertThatThrownBy(() -> commands.pots("dial", "0/0/9")).hasMessageContaining(PotsCommands.USAGE);
        assertThatThrownBy(() -> commands.pots("ring")).hasMessageContaining("Invalid input: pots ring");
    }
}
