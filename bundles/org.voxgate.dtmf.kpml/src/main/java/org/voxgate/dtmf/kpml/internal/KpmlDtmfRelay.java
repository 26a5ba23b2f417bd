package org.voxgate.dtmf.kpml.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
 * IOS {@code dtmf-relay sip-kpml}: the RFC 4730 {@code kpml} event package in-dialog. Advertised by
 * {@code Allow-Events: kpml}; on a leg where it is chosen we SUBSCRIBE to the peer's keys and take its SUBSCRIBE to
 * ours, each switchable by configuration (IOS {@code subscription maximum originate|accept}).
 */
@Component(service = DtmfRelay.class, configurationPid = KpmlDtmfRelay.PID,
        property = DtmfRelay.METHOD + "=" + DtmfRelay.SIP_KPML)
@Designate(ocd = KpmlDtmfRelay.Config.class)
public class KpmlDtmfRelay implements DtmfRelay {
    /** This bundle's own singleton PID (no dash: FileInstall splits file names there). */
    static final String PID = "org.voxgate.dtmf.kpml";
    static final String ALLOW_EVENTS = "Allow-Events";

    @ObjectClassDefinition(name = "Voxgate DTMF relay sip-kpml", description = "RFC 4730 KPML subscriptions. "
            + "IOS: dtmf-relay sip-kpml; sip-ua / subscription maximum originate|accept")
    public @interface Config {
        @AttributeDefinition(description = "SUBSCRIBE to the peer's key presses on legs where KPML is chosen. "
                + "IOS: sip-ua / subscription maximum originate N (0 = false)")
        boolean subscription_originate() default true;

        @AttributeDefinition(description = "Accept the peer's kpml SUBSCRIBE and report our key presses to it; when "
                + "false it gets 489 Bad Event. IOS: sip-ua / subscription maximum accept N (0 = false)")
        boolean subscription_accept() default true;
    }

    private record Settings(boolean originate, boolean accept) {}

    private volatile Settings settings = new Settings(true, true);
    private volatile RelayTimer timer;
    private ScheduledRelayTimer ownTimer;

    /** For DS. */
    public KpmlDtmfRelay() {}

    /** For tests: a timer driven by hand. */
    KpmlDtmfRelay(RelayTimer timer) {
        this.timer = timer;
    }

    @Activate
    void activate(Config config) {
        ownTimer = new ScheduledRelayTimer("voxgate-dtmf-kpml");
        timer = ownTimer;
        configure(config);
    }

    /** Applies to legs attached from now on; attached legs keep their subscriptions. */
    @Modified
    void configure(Config config) {
        settings = new Settings(config.subscription_originate(), config.subscription_accept());
    }

    @Deactivate
    void deactivate() {
        if (ownTimer != null) {
            ownTimer.shutdown();
        }
    }

    @Override
    public String method() {
        return SIP_KPML;
    }

    @Override
    public void advertise(DtmfMessage outgoing, DtmfMessage peerOffer) {
        if (!listsKpml(outgoing)) {
            outgoing.addHeader(ALLOW_EVENTS, KpmlSession.EVENT);
        }
    }

    /**
     * Removes the {@code kpml} token from {@code Allow-Events}. A value that lists other packages too (a core that
     * did not split the list) is replaced by the rest of its list, so {@code telephone-event} and others survive.
     */
    @Override
    public void withdraw(DtmfMessage outgoing) {
        List<String> rest = new ArrayList<>();
        for (String value : outgoing.headers(ALLOW_EVENTS)) {
            List<String> tokens = tokens(value);
            if (tokens.stream().anyMatch(KpmlDtmfRelay::isKpml) && tokens.size() > 1) {
                rest.add(String.join(", ", tokens.stream().filter(t -> !isKpml(t)).toList()));
            }
        }
        outgoing.removeHeaders(ALLOW_EVENTS, value -> tokens(value).stream().anyMatch(KpmlDtmfRelay::isKpml));
        rest.forEach(v -> outgoing.addHeader(ALLOW_EVENTS, v));
    }

    @Override
    public boolean supportedBy(DtmfMessage peerMessage) {
        return listsKpml(peerMessage);
    }

    private static boolean listsKpml(DtmfMessage message) {
        return message.headers(ALLOW_EVENTS).stream().flatMap(v -> tokens(v).stream()).anyMatch(KpmlDtmfRelay::isKpml);
    }

    private static List<String> tokens(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    /** An event type is {@code kpml} without its template or parameters ({@code kpml;id=1}). */
    private static boolean isKpml(String token) {
        int semi = token.indexOf(';');
        return (semi < 0 ? token : token.substring(0, semi)).trim().toLowerCase(Locale.ROOT).equals(KpmlSession.EVENT);
    }

    @Override
    public DtmfSession attach(DtmfLeg leg) {
        Settings s = settings;
        return new KpmlSession(leg, timer, s.originate(), s.accept());
    }
}
