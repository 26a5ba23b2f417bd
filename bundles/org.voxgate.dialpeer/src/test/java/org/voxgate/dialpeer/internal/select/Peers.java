package org.voxgate.dialpeer.internal.select;

import org.voxgate.dialpeer.internal.pattern.DigitPattern;

/** Terse peer construction for selection tests; each method returns a modified copy. */
final class Peers {
    private Peers() {
    }

    static DigitPattern p(String text) {
        return text == null ? null : DigitPattern.compile(text);
    }

    /** An up voip peer with a session target and a destination-pattern. */
    static PeerCandidate voip(String tag, String destinationPattern, int preference) {
        return new PeerCandidate(tag, p(destinationPattern), null, null, preference, false, true, true,
                PeerCandidate.VOIP);
    }

    /** An inbound-style voip peer: no session target needed. */
    static PeerCandidate inbound(String tag, String incomingCalled, String answerAddress, String destination) {
        return new PeerCandidate(tag, p(destination), p(incomingCalled), p(answerAddress), 0, false, true, false,
                PeerCandidate.VOIP);
    }

    static PeerCandidate pots(String tag, String destinationPattern, int preference) {
        return new PeerCandidate(tag, p(destinationPattern), null, null, preference, false, true, false,
                PeerCandidate.POTS);
    }

    static PeerCandidate huntstop(PeerCandidate c) {
        return new PeerCandidate(c.tag(), c.destinationPattern(), c.incomingCalledNumber(), c.answerAddress(),
                c.preference(), true, c.adminUp(), c.hasSessionTarget(), c.kind());
    }

    static PeerCandidate shutdown(PeerCandidate c) {
        return new PeerCandidate(c.tag(), c.destinationPattern(), c.incomingCalledNumber(), c.answerAddress(),
                c.preference(), c.huntstop(), false, c.hasSessionTarget(), c.kind());
    }

    static PeerCandidate noSessionTarget(PeerCandidate c) {
        return new PeerCandidate(c.tag(), c.destinationPattern(), c.incomingCalledNumber(), c.answerAddress(),
                c.preference(), c.huntstop(), c.adminUp(), false, c.kind());
    }

    static PeerCandidate preference(PeerCandidate c, int preference) {
        return new PeerCandidate(c.tag(), c.destinationPattern(), c.incomingCalledNumber(), c.answerAddress(),
                preference, c.huntstop(), c.adminUp(), c.hasSessionTarget(), c.kind());
    }
}
