package org.voxgate.call.internal;

import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;

import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.voxgate.sip.stack.SipStackService;

/**
 * Builds the INVITE of an outbound leg: a new dialog of its own (Call-ID, tags, Via, CSeq), our Contact,
 * the caller's number in From, the routed number in the Request-URI and To, the offer from the inbound leg.
 */
final class OutboundInvite {
    /** RFC 3261 18.1.1: over this size a request must not go over UDP when {@code transport switch udp tcp} is on. */
    static final int UDP_SIZE_LIMIT = 1300;
    /** What we take inside a call: the INVITE dialog methods, and INFO / NOTIFY / SUBSCRIBE (relayed or DTMF). */
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE, INFO, NOTIFY, SUBSCRIBE";

    private final SipStackService stack;
    private final LocalAddress localAddress;

    OutboundInvite(SipStackService stack, LocalAddress localAddress) {
        this.stack = stack;
        this.localAddress = localAddress;
    }

    /** The request and the leg it opens. */
    record Built(Request invite, Leg leg) {}

    /**
     * @param offerFor the SDP offer to send, given our address towards the peer (the media anchor rewrites the
     *                 caller's offer with it); null result = no body (late offer)
     */
    Built build(CallerSide caller, String number, Destination dest, boolean transportSwitch, int maxForwards,
            int peerTag, Function<String, byte[]> offerFor) throws UnroutableException {
        try {
            String transport = dest.transport();
            Built built = build(caller, number, dest, transport, maxForwards, peerTag, offerFor);
            if (transportSwitch && "udp".equals(transport) && built.invite().toString().length() > UDP_SIZE_LIMIT) {
                built = build(caller, number, dest, "tcp", maxForwards, peerTag, offerFor);
            }
            return built;
        } catch (ParseException | InvalidArgumentException e) {
            throw new UnroutableException("Cannot build INVITE to " + dest + ": " + e.getMessage(), e);
        }
    }

    private Built build(CallerSide caller, String number, Destination dest, String transport, int maxForwards, int peerTag,
            Function<String, byte[]> offerFor)
            throws UnroutableException, ParseException, InvalidArgumentException {
        SipProvider provider = stack.provider(transport);
        if (provider == null) {
            throw new UnroutableException("transport " + transport + " is disabled (sip-ua / transport)");
        }
        ListeningPoint lp = provider.getListeningPoint(transport);
        String local = localHost(lp, dest.host());
        AddressFactory af = stack.addressFactory();
        HeaderFactory hf = stack.headerFactory();

        SipURI target = af.createSipURI(number, dest.host());
        if (dest.port() > 0) {
            target.setPort(dest.port());
        }
        if ("tcp".equals(transport)) {
            target.setTransportParam("tcp");
        }
        String calling = caller.callingNumber();
        Address fromAddress = af.createAddress(af.createSipURI(calling, local));
        String display = caller.displayName();
        if (display != null) {
            fromAddress.setDisplayName(display);
        }
        String tag = SipMessages.newTag();
        FromHeader from = hf.createFromHeader(fromAddress, tag);
        ToHeader to = hf.createToHeader(af.createAddress(af.createSipURI(number, dest.host())), null);
        CallIdHeader callId = provider.getNewCallId();
        ViaHeader via = hf.createViaHeader(local, lp.getPort(), transport, null);
        via.setRPort();
        Request invite = stack.messageFactory().createRequest(target, Request.INVITE, callId,
                hf.createCSeqHeader(1L, Request.INVITE), from, to, List.of(via), hf.createMaxForwardsHeader(maxForwards));
        SipURI contactUri = af.createSipURI(calling, local);
        contactUri.setPort(lp.getPort());
        if ("tcp".equals(transport)) {
            contactUri.setTransportParam("tcp");
        }
        ContactHeader contact = hf.createContactHeader(af.createAddress(contactUri));
        invite.addHeader(contact);
        invite.addHeader(hf.createAllowHeader(ALLOW));
        byte[] offer = offerFor.apply(local);
        if (offer != null) {
            invite.setContent(offer, hf.createContentTypeHeader("application", "sdp"));
        }
        Leg leg = new Leg("Originate", provider, callId.getCallId(), tag, contact, transport, dest.host(),
                dest.port() > 0 ? dest.port() : 5060, peerTag);
        return new Built(invite, leg);
    }

    private String localHost(ListeningPoint lp, String towards) throws UnroutableException {
        try {
            return localAddress.forListeningPoint(lp, towards);
        } catch (UnknownHostException e) {
            throw new UnroutableException("Cannot resolve " + towards, e);
        }
    }
}
