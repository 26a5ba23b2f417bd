package org.voxgate.dtmf.inband.internal;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;

/**
 * In-band DTMF: keys as tones in G.711 audio, the method a leg falls back to when its peer negotiates no relay
 * (semantics §1.4: VoIP peers have no DTMF relay by default). Nothing is advertised: a peer supports it by sending
 * G.711, which the media relay decodes for the taps.
 */
@Component(service = DtmfRelay.class, configurationPid = InbandDtmfRelay.PID,
        property = DtmfRelay.METHOD + "=" + DtmfRelay.INBAND)
@Designate(ocd = InbandDtmfRelay.Config.class)
public class InbandDtmfRelay implements DtmfRelay {
    static final String PID = "org.voxgate.dtmf.inband";
    private static final Logger LOG = Logger.getLogger(InbandDtmfRelay.class.getName());

    @ObjectClassDefinition(name = "Voxgate DTMF in-band", description = "DTMF tones in G.711 audio: detection and "
            + "generation. Levels in dBm0 (0 dBm0 = the G.711 digital milliwatt)")
    public @interface Config {
        @AttributeDefinition(min = "-30", max = "0", description = "Level of the generated low-group (row) tone")
        int level_low() default -10;

        @AttributeDefinition(min = "-30", max = "0", description = "Level of the generated high-group (column) "
                + "tone; 2 dB above the low group, as telephones send it")
        int level_high() default -8;

        @AttributeDefinition(min = "40", max = "2000", description = "Shortest generated key, ms: shorter keys "
                + "(e.g. from a SIP INFO) are lengthened")
        int tone_min_ms() default 50;

        @AttributeDefinition(min = "40", max = "2000", description = "Silence after each generated key, ms")
        int gap_ms() default 50;

        @AttributeDefinition(min = "-45", max = "-10", description = "Weakest tone detected, dBm0 per tone")
        int detect_level_min() default -30;

        @AttributeDefinition(min = "30", max = "200", description = "Keys at least this long are always detected, ms "
                + "(bursts of half of it or less are not)")
        int detect_tone_min_ms() default 40;

        @AttributeDefinition(min = "30", max = "200", description = "Pauses at least this long always separate two "
                + "keys, ms (drop-outs up to about 17 ms are bridged)")
        int detect_pause_min_ms() default 40;

        @AttributeDefinition(min = "0", max = "12", description = "Normal twist detected: high-group tone above the "
                + "low-group tone by at most this many dB")
        int detect_twist_normal() default 8;

        @AttributeDefinition(min = "0", max = "12", description = "Reverse twist detected: low-group tone above the "
                + "high-group tone by at most this many dB")
        int detect_twist_reverse() default 4;
    }

    /** Both settings together, so a session never starts with half of a {@code @Modified}. */
    private record Settings(DetectorSettings detection, GeneratorSettings generation) {}

    private volatile Settings settings = new Settings(DetectorSettings.DEFAULTS, GeneratorSettings.DEFAULTS);
    private ScheduledThreadPoolExecutor executor;
    private DigitTimer timer;

    @Activate
    void activate(Config config) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "voxgate-dtmf-inband");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        timer = DigitTimer.of(executor);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            settings = new Settings(
                    new DetectorSettings(config.detect_level_min(), config.detect_twist_normal(),
                            config.detect_twist_reverse(), config.detect_tone_min_ms(), config.detect_pause_min_ms()),
                    new GeneratorSettings(config.level_low(), config.level_high(), config.tone_min_ms(),
                            config.gap_ms()));
        } catch (IllegalArgumentException e) {
            // only a hand-written .cfg gets here; keep what worked before rather than fail the method
            LOG.warning("in-band DTMF configuration ignored: " + e.getMessage());
        }
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public String method() {
        return INBAND;
    }

    @Override
    public boolean supportedBy(DtmfMessage peerMessage) {
        return G711Sdp.offersG711(peerMessage.sdp());
    }

    @Override
    public DtmfSession attach(DtmfLeg leg) {
        Settings s = settings;
        return new InbandSession(leg, timer, s.detection(), s.generation());
    }

    DetectorSettings detection() {
        return settings.detection();
    }

    GeneratorSettings generation() {
        return settings.generation();
    }
}
