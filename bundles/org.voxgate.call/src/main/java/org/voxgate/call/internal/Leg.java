package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.Set;

import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.header.ContactHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

/**
 * One side of a call as SIP sees it: a dialog with its provider (transport), our tag and our Contact.
 * Only JDK and JAIN-SIP types, so nothing here belongs to a plug-in that may be swapped.
 */
final class Leg {
    /** How the stack writes the wildcard address of a listening point bound to it. */
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0", "[0:0:0:0:0:0:0:0]");

    /** IOS wording: "Answer" for the leg that came in, "Originate" for the one we placed. */
    final String role;
    final SipProvider provider;
    final String callId;
    final String localTag;
    final ContactHeader contact;
    final String transport;
    final String remoteHost;
    final int remotePort;
    /** Dial peer of this leg (inbound match, or the outbound peer); 0 = dial-peer 0. */
    volatile int peerTag;
    volatile Dialog dialog;
    /** IOS-like SIP call state for show commands. */
    volatile String state = "STATE_IDLE (0)";

    Leg(String role, SipProvider provider, String callId, String localTag, ContactHeader contact, String transport,
            String remoteHost, int remotePort, int peerTag) {
        this.role = role;
        this.provider = provider;
        this.callId = callId;
        this.localTag = localTag;
        this.contact = contact;
        this.transport = transport;
        this.remoteHost = remoteHost;
        this.remotePort = remotePort;
        this.peerTag = peerTag;
    }

    /** Key of in-dialog requests to this leg: their Call-ID and To tag. */
    String dialogKey() {
        return key(callId, localTag);
    }

    static String key(String callId, String localTag) {
        return callId + ';' + localTag;
    }

    /** A request on {@code dialog} (this leg's) as the stack builds it, with our address in Via (see {@link #ownVia}). */
    Request createRequest(Dialog dialog, String method) throws SipException, ParseException {
        Request request = dialog.createRequest(method);
        ownVia(request);
        return request;
    }

    /** The ACK of our 2xx on {@code dialog} (this leg's), with our address in Via (see {@link #ownVia}). */
    Request createAck(Dialog dialog, long cseq) throws SipException, InvalidArgumentException,
            ParseException {
        Request ack = dialog.createAck(cseq);
        ownVia(ack);
        return ack;
    }

    /**
     * Puts our address towards this leg's peer (our Contact's host) into the top Via of a request the stack built
     * on the leg's dialog (ACK, BYE, relayed and DTMF requests). On a listening point bound to the wildcard address,
     * the default, the stack writes the wildcard there: no address to send responses to (RFC 3261 18.2.1); peers
     * that answer to the source address hid it.
     */
    void ownVia(Request request) throws ParseException {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        String ours = CallMedia.hostOf(contact);
        if (via != null && ours != null && WILDCARDS.contains(via.getHost())) {
            via.setHost(ours);
        }
    }
}
