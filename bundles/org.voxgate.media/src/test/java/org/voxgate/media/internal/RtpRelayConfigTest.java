package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

/** The component's configuration as Config Admin would hand it over. */
class RtpRelayConfigTest {
    static RtpRelay.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(RtpRelay.Config.class);
    }

    @Test
    void defaultsAreTheIosRangeAllAddressesAndTwentyMinutes() {
        RtpRelay.Settings s = RtpRelay.settings(config(Map.of()));
        assertThat(s.portMin()).isEqualTo(16384);
        assertThat(s.portMax()).isEqualTo(32767);
        assertThat(s.bind()).isNull();
        assertThat(s.inactivityMillis()).isEqualTo(1_200_000);
    }

    @Test
    void attributesUseTheDottedNames() {
        RtpRelay.Settings s = RtpRelay.settings(config(Map.of("rtp.port.min", 20000, "rtp.port.max", "20999",
                "media.address", "127.0.0.1", "media.inactivity.timer", 0)));
        assertThat(s.portMin()).isEqualTo(20000);
        assertThat(s.portMax()).isEqualTo(20999);
        assertThat(s.bind()).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(s.inactivityMillis()).isZero();
    }

    @Test
    void illegalValuesFallBackToDefaults() {
        RtpRelay.Settings s = RtpRelay.settings(config(Map.of("rtp.port.min", 30001, "rtp.port.max", 30001,
                "media.inactivity.timer", -5, "media.address", "0.0.0.0")));
        assertThat(s.portMin()).isEqualTo(16384);
        assertThat(s.portMax()).isEqualTo(32767);
        assertThat(s.inactivityMillis()).isEqualTo(1_200_000);
        assertThat(s.bind()).isNull();
    }

    @Test
    void anInterfaceNameBindsItsAddress() {
        assertThat(RtpRelay.bindAddress("lo")).isEqualTo(InetAddress.getLoopbackAddress());
        assertThat(RtpRelay.bindAddress(" ")).isNull();
    }
}
