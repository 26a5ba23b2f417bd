package gov.nist.javax.sip.stack;

import java.util.concurrent.ConcurrentHashMap;

import javax.sip.Dialog;

/**
 * ACKs that crossed our 2xx to an INVITE (docs/adr/0010). The RI puts a 2xx on the wire before it arms the dialog's
 * 2xx timer, and arming it clears what an ACK handled in between recorded (with no timer yet, that ACK records
 * nothing at all): the dialog then waits for an ACK that already came and is deleted about 32 s later. Both sides
 * report here after their step, and whichever comes second records the ACK on the dialog again
 * ({@code SIPDialog.ackReceived}, package-private, hence this package):
 * <ul>
 * <li>{@link #ackHandled}: the RI has handled an ACK and the dialog has not recorded it. If the timer is armed by
 * now, recording it works at once; if not, the ACK is kept for the sender.</li>
 * <li>{@link #okSent}: the 2xx has been sent, so the timer is armed: a kept ACK is recorded now.</li>
 * </ul>
 * Both run under the map's lock for the dialog, so one of them always sees the other's step. Nothing is locked on
 * the path of an ACK the dialog recorded itself (all but the crossed ones) or of any other message.
 */
public final class CrossedAcks {
    private final ConcurrentHashMap<SIPDialog, Long> kept = new ConcurrentHashMap<>();

    /** The RI has handled an ACK with CSeq {@code cseq} on {@code dialog} (before the listener sees it). */
    public void ackHandled(Dialog dialog, long cseq) {
        if (dialog instanceof SIPDialog d && d.isServer() && !d.isAckSeen()) {
            kept.compute(d, (k, v) -> {
                d.ackReceived(cseq);
                return d.isAckSeen() ? null : cseq;
            });
        }
    }

    /** A 2xx to an INVITE has been sent on {@code dialog}: its timer is armed. */
    public void okSent(Dialog dialog) {
        if (dialog instanceof SIPDialog d) {
            kept.computeIfPresent(d, (k, cseq) -> {
                d.ackReceived(cseq);
                return null;
            });
        }
    }

    /** The dialog has ended: an ACK kept for it (one that matched no 2xx) goes too. */
    public void dialogEnded(Dialog dialog) {
        if (dialog != null) {
            kept.remove(dialog);
        }
    }

    /** ACKs kept for a 2xx being sent, for tests. */
    public int kept() {
        return kept.size();
    }
}
