package org.voxgate.call.internal;

import javax.sip.Dialog;
import javax.sip.SipProvider;
import javax.sip.header.ContactHeader;

/**
 * One side of a call as SIP sees it: a dialog with its provider (transport), our tag and our Contact.
 * Only JDK and JAIN-SIP types, so nothing here belongs to a plug-in that may be swapped.
 */
final class Leg {
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
}
