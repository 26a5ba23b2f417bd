package org.voxgate.itests.dist;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a SIP message says which DTMF methods its sender supports (semantics.md §1.4): INFO in Allow (sip-info),
 * kpml in Allow-Events (sip-kpml), a Call-Info {@code method="NOTIFY;Event=telephone-event;…"} (sip-notify),
 * telephone-event in the SDP (rtp-nte, see {@link Sdp}); in-band needs nothing.
 */
final class DtmfAdvertising {
    private static final String BASE_ALLOW = "INVITE, ACK, BYE, CANCEL, OPTIONS, NOTIFY, SUBSCRIBE, UPDATE";

    private DtmfAdvertising() {}

    /** Allow, Allow-Events and Call-Info for a UA with these methods. */
    static List<String> headers(Set<DtmfMethod> methods, int sipPort) {
        List<String> h = new ArrayList<>();
        h.add("Allow: " + BASE_ALLOW + (methods.contains(DtmfMethod.SIP_INFO) ? ", INFO" : ""));
        List<String> events = new ArrayList<>();
        if (methods.contains(DtmfMethod.SIP_KPML)) {
            events.add("kpml");
        }
        if (methods.contains(DtmfMethod.SIP_NOTIFY)) {
            events.add("telephone-event");
            h.add(NotifyDtmf.callInfo(sipPort));
        }
        if (!events.isEmpty()) {
            h.add("Allow-Events: " + String.join(", ", events));
        }
        return h;
    }

    /** The header-signalled methods (INFO, KPML, NOTIFY) a message advertises. */
    static Set<DtmfMethod> signalled(SipMessage m) {
        Set<DtmfMethod> s = EnumSet.noneOf(DtmfMethod.class);
        if (m.headerHasToken("Allow", "INFO")) {
            s.add(DtmfMethod.SIP_INFO);
        }
        if (m.headerHasToken("Allow-Events", "kpml")) {
            s.add(DtmfMethod.SIP_KPML);
        }
        if (NotifyDtmf.peerDuration(m) >= 0) {
            s.add(DtmfMethod.SIP_NOTIFY);
        }
        return s;
    }
}
