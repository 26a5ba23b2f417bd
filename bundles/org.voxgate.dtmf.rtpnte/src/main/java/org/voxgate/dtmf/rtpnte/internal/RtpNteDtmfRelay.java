package org.voxgate.dtmf.rtpnte.internal;

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
 * IOS {@code dtmf-relay rtp-nte}: keys as RFC 4733 named telephone events in the RTP stream. Negotiated in SDP
 * ({@code a=rtpmap:PT telephone-event/8000}); each leg uses the PT its own peer advertised, so keys cross legs with
 * different PTs (CUBE's asymmetric payload dtmf) or to legs of other methods.
 */
@Component(service = DtmfRelay.class, configurationPid = RtpNteDtmfRelay.PID,
        property = DtmfRelay.METHOD + "=" + DtmfRelay.RTP_NTE)
@Designate(ocd = RtpNteDtmfRelay.Config.class)
public class RtpNteDtmfRelay implements DtmfRelay {
    static final String PID = "org.voxgate.dtmf.rtpnte";
    static final int DEFAULT_PAYLOAD_TYPE = 101;
    private static final Logger LOG = Logger.getLogger(RtpNteDtmfRelay.class.getName());

    @ObjectClassDefinition(name = "Voxgate DTMF rtp-nte", description = "RFC 4733 telephone-events. "
            + "IOS: dial-peer voice N voip / dtmf-relay rtp-nte, rtp payload-type nte N")
    public @interface Config {
        @AttributeDefinition(min = "96", max = "127", description = "Payload type offered for telephone-event in "
                + "our INVITEs (another free dynamic PT when the SDP uses it already). Answers use the PT the peer "
                + "offered. IOS: rtp payload-type nte N (96-127, default 101)")
        int payload_type() default DEFAULT_PAYLOAD_TYPE;
    }

    private volatile int payloadType = DEFAULT_PAYLOAD_TYPE;
    private ScheduledThreadPoolExecutor executor;
    private DigitTimer timer;

    @Activate
    void activate(Config config) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "voxgate-dtmf-rtpnte");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true); // watchdogs are cancelled far more often than they fire
        timer = DigitTimer.of(executor);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        int pt = config.payload_type();
        if (pt < TelephoneEventSdp.FIRST_DYNAMIC || pt > TelephoneEventSdp.LAST_DYNAMIC) {
            LOG.warning("rtp payload-type nte " + pt + " is not a dynamic payload type (96-127); using "
                    + DEFAULT_PAYLOAD_TYPE);
            pt = DEFAULT_PAYLOAD_TYPE;
        }
        payloadType = pt;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public String method() {
        return RTP_NTE;
    }

    /**
     * Our INVITE gets telephone-event unless its SDP (copied from the other leg) has one already. An answer carries
     * exactly the PT the peer offered: RFC 3264 lets an answer use only what the offer had, and the other leg's PT
     * may differ.
     */
    @Override
    public void advertise(DtmfMessage outgoing, DtmfMessage peerOffer) {
        String sdp = outgoing.sdp();
        if (sdp == null) {
            return;
        }
        String rewritten;
        if (peerOffer == null) {
            rewritten = TelephoneEventSdp.add(sdp, payloadType);
        } else {
            int offered = TelephoneEventSdp.payloadType(peerOffer.sdp());
            rewritten = offered < 0 ? TelephoneEventSdp.remove(sdp) : TelephoneEventSdp.remap(sdp, offered);
        }
        if (!rewritten.equals(sdp)) {
            outgoing.sdp(rewritten);
        }
    }

    @Override
    public void withdraw(DtmfMessage outgoing) {
        String sdp = outgoing.sdp();
        if (sdp != null) {
            String rewritten = TelephoneEventSdp.remove(sdp);
            if (!rewritten.equals(sdp)) {
                outgoing.sdp(rewritten);
            }
        }
    }

    @Override
    public boolean supportedBy(DtmfMessage peerMessage) {
        return TelephoneEventSdp.payloadType(peerMessage.sdp()) >= 0;
    }

    @Override
    public DtmfSession attach(DtmfLeg leg) {
        return new RtpNteSession(leg, timer, System::nanoTime);
    }

    int payloadType() {
        return payloadType;
    }
}
