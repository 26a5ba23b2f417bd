package org.voxgate.dtmf.inband.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.dtmf.testing.FakeDtmfMessage;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** The component without a framework: Config from a Config Admin-like map. */
class InbandDtmfRelayTest {
    private final InbandDtmfRelay relay = new InbandDtmfRelay();

    private static InbandDtmfRelay.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(InbandDtmfRelay.Config.class);
    }

    @AfterEach
    void deactivate() {
        relay.deactivate();
    }

    @Test
    void supportedByPeersThatOfferG711() {
        relay.activate(config(Map.of()));
        assertThat(relay.method()).isEqualTo(DtmfRelay.INBAND);
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, "v=0\r\nm=audio 4000 RTP/AVP 18 0 101\r\n"))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage(false, "v=0\nm=audio 4000 RTP/AVP 8\n"))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage(true,
                "v=0\r\nm=audio 4000 RTP/AVP 18 97\r\na=rtpmap:18 G729/8000\r\na=rtpmap:97 PCMU/8000\r\n")))
                .as("G.711 on a dynamic PT").isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, "v=0\r\nm=audio 4000 RTP/AVP 18 101\r\n"
                + "a=rtpmap:18 G729/8000\r\nm=audio 4002 RTP/AVP 0\r\n"))).as("G.711 only in a second m= line")
                .isFalse();
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, "v=0\r\nm=video 5000 RTP/AVP 0\r\n"))).isFalse();
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, null))).isFalse();
    }

    @Test
    void configurationFromItsPid() {
        relay.activate(config(Map.of("level.low", -12, "level.high", -9, "tone.min.ms", 80, "gap.ms", 60,
                "detect.level.min", -35, "detect.tone.min.ms", 50, "detect.pause.min.ms", 60,
                "detect.twist.normal", 6, "detect.twist.reverse", 3)));
        assertThat(relay.generation()).isEqualTo(new GeneratorSettings(-12, -9, 80, 60));
        assertThat(relay.detection()).isEqualTo(new DetectorSettings(-35, 6, 3, 50, 60));
    }

    @Test
    void defaultsAndAnInvalidUpdateKeepsWhatWorked() {
        relay.activate(config(Map.of()));
        assertThat(relay.generation()).isEqualTo(GeneratorSettings.DEFAULTS);
        assertThat(relay.detection()).isEqualTo(DetectorSettings.DEFAULTS);
        relay.configure(config(Map.of("gap.ms", 0)));
        assertThat(relay.generation()).isEqualTo(GeneratorSettings.DEFAULTS);
    }

    @Test
    void attachWithoutMediaGivesASessionThatOnlyLogs() {
        relay.activate(config(Map.of()));
        try (DtmfSession s = relay.attach(new FakeDtmfLeg(MediaLeg.A, null, null))) {
            s.send(new org.voxgate.spi.dtmf.DtmfDigit('1', 100));
        }
    }
}
