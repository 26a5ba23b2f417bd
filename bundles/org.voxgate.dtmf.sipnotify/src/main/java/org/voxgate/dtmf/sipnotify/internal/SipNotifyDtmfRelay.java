package org.voxgate.dtmf.sipnotify.internal;

import java.util.List;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;

/**
 * IOS {@code dtmf-relay sip-notify}: Cisco's unsolicited NOTIFY {@code Event: telephone-event}, advertised with a
 * {@code Call-Info} header. The negotiated max-duration of a leg is the lower of ours ({@code sip-ua} / {@code notify
 * telephone-event max-duration}) and the peer's.
 * <p>
 * The configuration is the call core's {@code sip-ua} PID ({@value ConfigPids#SIP_UA}); this component reads only
 * the max-duration key and is active without a configuration.
 */
@Component(service = DtmfRelay.class, configurationPid = ConfigPids.SIP_UA,
        property = DtmfRelay.METHOD + "=" + DtmfRelay.SIP_NOTIFY)
@Designate(ocd = SipNotifyDtmfRelay.Config.class)
public class SipNotifyDtmfRelay implements DtmfRelay {
    private static final Logger LOG = Logger.getLogger(SipNotifyDtmfRelay.class.getName());

    @ObjectClassDefinition(name = "Voxgate DTMF relay sip-notify",
            description = "IOS: sip-ua / notify telephone-event max-duration")
    public @interface Config {
        @AttributeDefinition(min = "500", max = "3000", description = "Interval of NOTIFY DTMF updates while a key "
                + "is held, and the duration advertised in Call-Info, in ms (500-3000). "
                + "IOS: sip-ua / notify telephone-event max-duration")
        int notify_telephone_event_max_duration() default SipUaKeys.NOTIFY_MAX_DURATION_DEFAULT;
    }

    private volatile int maxDurationMs = SipUaKeys.NOTIFY_MAX_DURATION_DEFAULT;
    private volatile RelayTimer timer;
    private ScheduledRelayTimer ownTimer;

    /** For DS. */
    public SipNotifyDtmfRelay() {}

    /** For tests: a timer driven by hand. */
    SipNotifyDtmfRelay(RelayTimer timer) {
        this.timer = timer;
    }

    @Activate
    void activate(Config config) {
        ownTimer = new ScheduledRelayTimer("voxgate-dtmf-sipnotify");
        timer = ownTimer;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        int raw = config.notify_telephone_event_max_duration();
        int clamped = Math.max(SipUaKeys.NOTIFY_MAX_DURATION_MIN, Math.min(SipUaKeys.NOTIFY_MAX_DURATION_MAX, raw));
        if (clamped != raw) {
            // The PID is the call core's, so refusing it would not undo the value; clamp as the IOS range does.
            LOG.warning("sip-ua / notify telephone-event max-duration " + raw + " is outside 500-3000; using " + clamped);
        }
        maxDurationMs = clamped; // applies to legs attached from now on; attached legs keep what they negotiated
    }

    @Deactivate
    void deactivate() {
        if (ownTimer != null) {
            ownTimer.shutdown();
        }
    }

    @Override
    public String method() {
        return SIP_NOTIFY;
    }

    /**
     * Adds our Call-Info, replacing one copied from the other leg. Its URI is our Contact's host:port when the message
     * already has a Contact; else the SDP's connection address (the URI is informative: NOTIFYs go in-dialog).
     */
    @Override
    public void advertise(DtmfMessage outgoing, DtmfMessage peerOffer) {
        withdraw(outgoing);
        outgoing.addHeader(NotifyCallInfo.HEADER, NotifyCallInfo.format(localHostPort(outgoing), maxDurationMs));
    }

    private static String localHostPort(DtmfMessage outgoing) {
        for (String contact : outgoing.headers("Contact")) {
            String hostPort = NotifyCallInfo.hostPort(contact);
            if (hostPort != null) {
                return hostPort;
            }
        }
        String sdpAddress = NotifyCallInfo.sdpAddress(outgoing.sdp());
        return sdpAddress != null ? sdpAddress : "localhost";
    }

    @Override
    public void withdraw(DtmfMessage outgoing) {
        outgoing.removeHeaders(NotifyCallInfo.HEADER, NotifyCallInfo::isNotifyDtmf);
    }

    @Override
    public boolean supportedBy(DtmfMessage peerMessage) {
        return peerMessage.headers(NotifyCallInfo.HEADER).stream().anyMatch(NotifyCallInfo::isNotifyDtmf);
    }

    @Override
    public DtmfSession attach(DtmfLeg leg) {
        return new SipNotifySession(leg, timer, negotiatedMaxDuration(leg.peerMessage()));
    }

    /**
     * The lower of ours and the peer's advertised Duration (ours when it advertises none), but not below the IOS
     * minimum of 500 ms: a peer advertising {@code Duration=1} must not make us send an update every millisecond.
     */
    int negotiatedMaxDuration(DtmfMessage peerMessage) {
        int ours = maxDurationMs;
        List<String> callInfo = peerMessage == null ? List.of() : peerMessage.headers(NotifyCallInfo.HEADER);
        int theirs = NotifyCallInfo.duration(callInfo).orElse(ours);
        return Math.max(SipUaKeys.NOTIFY_MAX_DURATION_MIN, Math.min(ours, theirs));
    }
}
