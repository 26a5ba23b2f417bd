package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortState;

/** The component without a framework: Config from a Config Admin-like map, services registered in a map. */
class SimulatedPortsTest {
    private final SimulatedPorts ports = new SimulatedPorts();
    /** PORT_ID → the registered phone, as the service registry would have it. */
    private final Map<String, SimulatedPhone> registered = new LinkedHashMap<>();
    private final List<String> unregistered = new ArrayList<>();
    private boolean started;

    static SimulatedPorts.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(SimulatedPorts.Config.class);
    }

    private void start(Map<String, Object> properties) {
        ports.start(this::register, config(properties));
        started = true;
    }

    private Runnable register(SimulatedPhone phone, Dictionary<String, Object> properties) {
        String id = (String) properties.get(Port.PORT_ID);
        assertThat(registered).doesNotContainKey(id);
        registered.put(id, phone);
        return () -> {
            registered.remove(id);
            unregistered.add(id);
        };
    }

    @AfterEach
    void stop() {
        if (started) {
            ports.deactivate();
        }
    }

    @Test
    void defaultsAreFourFxsLinesOnSlot00() {
        start(Map.of());
        assertThat(registered).containsOnlyKeys("0/0/0", "0/0/1", "0/0/2", "0/0/3");
        SimulatedPhone line2 = registered.get("0/0/2");
        assertThat(line2.id()).isEqualTo("0/0/2");
        assertThat(line2.signalling()).isEqualTo("FXS");
        assertThat(line2.state()).isEqualTo(PortState.IDLE);
        assertThat(line2.status().rtpPort()).isEqualTo(26004);
        SimulatedPorts.Config c = config(Map.of());
        assertThat(c.auto_answer_ms()).isEqualTo(1000);
        assertThat(c.answer_tone_hz()).isEqualTo(1004);
        assertThat(c.rtp_address()).isEqualTo("127.0.0.1");
    }

    @Test
    void modifiedKeepsTheLinesThatStay() {
        start(Map.of("port.count", 3));
        SimulatedPhone first = registered.get("0/0/0");
        ports.modified(config(Map.of("port.count", 2, "rtp.port.base", 30000)));
        assertThat(registered).containsOnlyKeys("0/0/0", "0/0/1");
        assertThat(registered.get("0/0/0")).isSameAs(first);
        assertThat(first.status().rtpPort()).isEqualTo(30000);
        assertThat(unregistered).containsExactly("0/0/2");

        ports.modified(config(Map.of("port.count", "5")));
        assertThat(registered).containsOnlyKeys("0/0/0", "0/0/1", "0/0/2", "0/0/3", "0/0/4");
        assertThat(registered.get("0/0/0")).isSameAs(first);
        assertThat(ports.phones()).extracting(SimulatedPhone::id)
                .containsExactly("0/0/0", "0/0/1", "0/0/2", "0/0/3", "0/0/4");
    }

    @Test
    void aNewSlotRenamesEveryLine() {
        start(Map.of("port.count", 2));
        ports.modified(config(Map.of("port.count", 2, "slot", "1/1")));
        assertThat(registered).containsOnlyKeys("1/1/0", "1/1/1");
        assertThat(unregistered).containsExactly("0/0/0", "0/0/1");
    }

    @Test
    void invalidChangesAreNotApplied() {
        start(Map.of("port.count", 2));
        ports.modified(config(Map.of("port.count", 2, "slot", "zero")));
        ports.modified(config(Map.of("port.count", 2, "answer.tone.hz", 5000)));
        ports.modified(config(Map.of("port.count", 9, "rtp.port.base", 65530)));
        assertThat(registered).containsOnlyKeys("0/0/0", "0/0/1");
        assertThat(registered.get("0/0/0").status().rtpPort()).isEqualTo(26000);
    }

    @Test
    void invalidConfigurationFailsActivationWithTheReason() {
        assertThatThrownBy(() -> ports.start(this::register, config(Map.of("auto.answer.ms", -5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto.answer.ms");
        assertThat(registered).isEmpty();
    }

    @Test
    void deactivateUnregistersEveryLine() {
        start(Map.of("port.count", 2));
        ports.deactivate();
        started = false;
        assertThat(registered).isEmpty();
        assertThat(ports.scheduler().isShutdown()).isTrue();
    }

    @Test
    void dialWithoutTheCallCoreFails() {
        start(Map.of("port.count", 1));
        assertThatThrownBy(() -> registered.get("0/0/0").dial("6605001"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PortCallOrigination");
    }
}
