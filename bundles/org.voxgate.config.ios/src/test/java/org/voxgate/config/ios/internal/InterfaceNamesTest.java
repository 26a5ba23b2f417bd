package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterfaceNamesTest {
    @ParameterizedTest
    @CsvSource({"lo0, Loopback0", "Loopback0, Loopback0", "LOOPBACK 1, Loopback1", "gi0/0, GigabitEthernet0/0",
        "fa0/1.100, FastEthernet0/1.100", "e0, Ethernet0", "te1/0/1, TenGigabitEthernet1/0/1", "tu5, Tunnel5",
        "s0/0/0, Serial0/0/0", "vl10, Vlan10", "port-channel1, Port-channel1"})
    void abbreviationsBecomeTheFullName(String typed, String canonical) throws Exception {
        assertThat(InterfaceNames.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo", "0/0", "t0", "v1", "xyz0", "lo0/", "gi0//1"})
    void badNamesAreRefused(String typed) {
        assertThatThrownBy(() -> InterfaceNames.canonical(typed)).isInstanceOf(InvalidLine.class);
    }
}
