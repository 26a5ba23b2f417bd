package org.voxgate.call.internal;

import java.net.UnknownHostException;
import java.text.ParseException;

import javax.sip.ListeningPoint;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.voxgate.sip.stack.SipStackService;

/** Creates the leg of an incoming INVITE: its dialog, our tag, our Contact as the caller can reach it. */
final class InboundLeg {
    private InboundLeg() {}

    static Leg create(SipStackService stack, LocalAddress localAddress, SipProvider provider, ServerTransaction st,
            Request invite) throws SipException, ParseException {
        // the provider's one listening point (SipStackComponent opens one provider per listening point);
        // getListeningPoints() copies them under the provider's monitor, which every new call waited on
        @SuppressWarnings("deprecation")
        ListeningPoint lp = provider.getListeningPoint();
        String transport = lp.getTransport().toLowerCase();
        ViaHeader via = (ViaHeader) invite.getHeader(ViaHeader.NAME);
        String remoteHost = via.getReceived() != null ? via.getReceived() : via.getHost();
        int remotePort = via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : 5060;
        String local;
        try {
            local = localAddress.forListeningPoint(lp, remoteHost);
        } catch (UnknownHostException e) {
            local = "127.0.0.1".equals(remoteHost) ? remoteHost : lp.getIPAddress();
        }
        String called = SipMessages.calledNumber(invite);
        SipURI contactUri = stack.addressFactory().createSipURI(called, local);
        contactUri.setPort(lp.getPort());
        if ("tcp".equals(transport)) {
            contactUri.setTransportParam("tcp");
        }
        ContactHeader contact = stack.headerFactory().createContactHeader(stack.addressFactory().createAddress(contactUri));
        Leg leg = new Leg("Answer", provider, SipMessages.callIdOf(invite), SipMessages.newTag(), contact, transport,
                remoteHost, remotePort, 0);
        leg.dialog = provider.getNewDialog(st);
        leg.state = "STATE_RECD_INVITE (4)";
        return leg;
    }
}
