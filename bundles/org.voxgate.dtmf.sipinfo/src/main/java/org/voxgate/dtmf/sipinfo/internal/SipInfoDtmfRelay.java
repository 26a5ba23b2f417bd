package org.voxgate.dtmf.sipinfo.internal;

import org.osgi.service.component.annotations.Component;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;

/**
 * IOS {@code dtmf-relay sip-info}: key presses as SIP INFO with an {@code application/dtmf-relay} body.
 * <p>
 * INFO needs no advertisement of its own: a peer that allows INFO (RFC 6086) takes it. IOS accepts DTMF INFO on
 * every leg whatever was negotiated, so this relay also {@linkplain #acceptsUnnegotiated() receives unnegotiated}.
 * The component has no configuration and keeps no state outside its sessions.
 */
@Component(service = DtmfRelay.class, property = DtmfRelay.METHOD + "=" + DtmfRelay.SIP_INFO)
public class SipInfoDtmfRelay implements DtmfRelay {

    @Override
    public String method() {
        return SIP_INFO;
    }

    /**
     * INFO is assumed supported unless the peer lists what it allows and INFO is not among it: many gateways send no
     * {@code Allow} at all and still take INFO.
     */
    @Override
    public boolean supportedBy(DtmfMessage peerMessage) {
        var allow = peerMessage.headers("Allow");
        // Split again: the core splits list headers, but one value "INVITE, INFO" must not hide INFO either way.
        return allow.isEmpty() || allow.stream().flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .anyMatch(m -> m.trim().equalsIgnoreCase(SipInfoSession.INFO));
    }

    @Override
    public boolean acceptsUnnegotiated() {
        return true;
    }

    @Override
    public DtmfSession attach(DtmfLeg leg) {
        return new SipInfoSession(leg);
    }
}
