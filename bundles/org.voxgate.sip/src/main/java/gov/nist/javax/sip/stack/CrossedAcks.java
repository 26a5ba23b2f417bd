package gov.nist.javax.sip.stack;

import javax.sip.Dialog;
import javax.sip.DialogState;

/**
 * An ACK that crossed our 2xx to an INVITE (docs/adr/0010). The RI puts a 2xx on the wire before it arms the
 * dialog's 2xx timer, and an ACK handled in between records nothing (with no timer, {@code SIPDialog.ackReceived}
 * finds no INVITE transaction; arming the timer then also sets {@code ackSeen = false}): the dialog waits for an ACK
 * that already came and is deleted about 32 s later. So when the stack's listener sees an ACK the dialog has not
 * recorded, it records it again once the timer is armed: at once if it is, else from the stack's timer every
 * {@link #RETRY_MILLIS} ms (the sender is microseconds away from arming it) until it took, the dialog ended, or
 * {@link #MAX_TRIES} tries. Nothing is done for an ACK the dialog recorded itself (all but the crossed ones).
 * In the RI's package: {@code ackReceived} and {@code getStack} are package-private.
 */
public final class CrossedAcks {
    static final long RETRY_MILLIS = 10;
    static final int MAX_TRIES = 200; // 2 s; the RI gives up on the ACK after 32 s

    private CrossedAcks() {}

    /** The RI has handled an ACK with CSeq {@code cseq} on {@code dialog} (the listener sees it after). */
    public static void ackHandled(Dialog dialog, long cseq) {
        if (dialog instanceof SIPDialog d && d.isServer() && !recorded(d, cseq)) {
            d.getStack().getTimer().schedule(new Retry(d, cseq, 0), RETRY_MILLIS);
        }
    }

    /** Records the ACK if the dialog has not; true when it has it (or has ended). */
    private static boolean recorded(SIPDialog d, long cseq) {
        if (!d.isAckSeen() && d.getState() != DialogState.TERMINATED) {
            d.ackReceived(cseq);
        }
        return d.isAckSeen() || d.getState() == DialogState.TERMINATED;
    }

    private static final class Retry extends SIPStackTimerTask {
        private final SIPDialog dialog;
        private final long cseq;
        private final int tries;

        Retry(SIPDialog dialog, long cseq, int tries) {
            this.dialog = dialog;
            this.cseq = cseq;
            this.tries = tries;
        }

        @Override
        public void runTask() {
            if (!recorded(dialog, cseq) && tries + 1 < MAX_TRIES) {
                dialog.getStack().getTimer().schedule(new Retry(dialog, cseq, tries + 1), RETRY_MILLIS);
            }
        }

        @Override
        public Object getThreadHash() {
            return dialog.getDialogId();
        }
    }
}
