package org.voxgate.itests.dist;

/**
 * The five ways a DTMF key can travel on a SIP leg (semantics.md §1.4), with the IOS {@code dtmf-relay}
 * keyword of each; in-band audio has none (a dial peer without a {@code dtmf-relay} line).
 */
public enum DtmfMethod {
    /** RFC 4733 telephone-event RTP packets. */
    RTP_NTE("rtp-nte"),
    /** SIP INFO with an application/dtmf-relay body. */
    SIP_INFO("sip-info"),
    /** Cisco's unsolicited NOTIFY, Event: telephone-event, 4-byte binary body. */
    SIP_NOTIFY("sip-notify"),
    /** RFC 4730 KPML: the receiver SUBSCRIBEs (Event: kpml), the sender NOTIFYs one digit at a time. */
    SIP_KPML("sip-kpml"),
    /** DTMF frequency pairs in the G.711 audio. */
    INBAND(null);

    private final String keyword;

    DtmfMethod(String keyword) {
        this.keyword = keyword;
    }

    /** The IOS {@code dtmf-relay} keyword, or null for in-band. */
    public String keyword() {
        return keyword;
    }

    /** The dial peer's configuration line: {@code " dtmf-relay <keyword>\n"}, empty for in-band. */
    public String dialPeerLine() {
        return keyword == null ? "" : " dtmf-relay " + keyword + "\n";
    }

    /** Whether a received digit of this method carries its duration on the wire (KPML does not). */
    public boolean carriesDuration() {
        return this != SIP_KPML;
    }
}
