package org.voxgate.registrar.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class PoolTest {

    @Test
    void numberPatternsAreExactWithDotsForOneCharacterAndATrailingTForMore() {
        Pool exact = Pool.of(1, "6001", null, null, null, null);
        assertThat(exact.matches("6001", null)).isTrue();
        assertThat(exact.matches("60011", null)).isFalse();
        Pool dots = Pool.of(1, "60..", null, null, null, null);
        assertThat(dots.matches("6042", null)).isTrue();
        assertThat(dots.matches("604", null)).isFalse();
        assertThat(dots.matches("7042", null)).isFalse();
        Pool open = Pool.of(1, "+4930T", null, null, null, null);
        assertThat(open.matches("+4930", null)).isTrue();
        assertThat(open.matches("+4930123456", null)).isTrue();
        assertThat(open.matches("+4931", null)).isFalse();
        assertThat(Pool.of(1, "a*#", null, null, null, null).matches("A*#", null)).isTrue();
    }

    @Test
    void networkAndMaskAdmitTheirSourceAddresses() {
        Pool p = Pool.of(2, null, "192.168.10.77", "255.255.255.0", null, null);
        assertThat(p.matches("anything", "192.168.10.1")).isTrue();
        assertThat(p.matches("anything", "192.168.11.1")).isFalse();
        assertThat(p.matches("anything", "phone.example.com")).isFalse();
        assertThat(p.matches("anything", null)).isFalse();
        assertThat(Pool.of(3, null, "10.0.0.5", "", null, null).matches("x", "10.0.0.5")).as("no mask = host").isTrue();
        assertThat(Pool.of(3, null, "10.0.0.5", "", null, null).matches("x", "10.0.0.6")).isFalse();
        assertThat(Pool.of(4, null, "0.0.0.0", "0.0.0.0", null, null).matches("x", "203.0.113.9")).isTrue();
    }

    @Test
    void eitherIdAdmits() {
        Pool p = Pool.of(1, "6001", "10.0.0.0", "255.0.0.0", null, null);
        assertThat(p.matches("6001", "192.0.2.1")).isTrue();
        assertThat(p.matches("9999", "10.2.3.4")).isTrue();
        assertThat(p.matches("9999", "192.0.2.1")).isFalse();
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> Pool.of(1, "60x1", null, null, null, null)).hasMessageContaining("id number");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0", "255.0.0.0", null, null)).hasMessageContaining("id network");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0.0", "255.0.255.0", null, null)).hasMessageContaining("contiguous");
        assertThatThrownBy(() -> Pool.of(1, null, "10.0.0.300", "255.0.0.0", null, null)).hasMessageContaining("IPv4");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(Pool.of(1, "6...", null, null, "alice", "s3cret").toString())
                .isEqualTo("voice register pool 1 id number 6... username alice password *****");
    }

    @Test
    void theTagComesFromTheAttributeOrTheConfigurationName() {
        VoiceRegisterPool.Config named = Converters.standardConverter()
                .convert(Map.of("id.number", "6...")).to(VoiceRegisterPool.Config.class);
        assertThat(new VoiceRegisterPool(named, Map.of("service.pid", "org.voxgate.srst.pool~7")).pool().tag()).isEqualTo(7);
        assertThat(new VoiceRegisterPool(named, Map.of("felix.fileinstall.filename", "file:/h/etc/org.voxgate.srst.pool-9.cfg"))
                .pool().tag()).isEqualTo(9);
        VoiceRegisterPool.Config tagged = Converters.standardConverter()
                .convert(Map.of("tag", 3, "id.network", "10.0.0.0", "id.mask", "255.0.0.0")).to(VoiceRegisterPool.Config.class);
        assertThat(new VoiceRegisterPool(tagged, Map.of("service.pid", "org.voxgate.srst.pool~x")).pool().tag()).isEqualTo(3);
        assertThatThrownBy(() -> new VoiceRegisterPool(named, Map.of("service.pid", "org.voxgate.srst.pool~abc")))
                .hasMessageContaining("no tag");
    }
}
