package gov.nist.javax.sip.stack;

import javax.sip.Dialog;
import javax.sip.DialogState;

/**
 * What a dialog keeps of the INVITE that set it up. With {@code RELEASE_REFERENCES_STRATEGY} Normal the RI lets go
 * of it ({@code SIPDialog.cleanUpOnAck}: the INVITE, the first and last transaction, parsed Call-ID, Contact and
 * party headers, kept as strings where it still needs them) when a dialog it answered receives its ACK; a dialog
 * it set up never gets there, so it keeps all of it for as long as the call lasts. Lives in the RI's package:
 * {@code cleanUpOnAck} is protected.
 */
public final class DialogReferences {
    private DialogReferences() {}

    /** Our ACK to a 2xx went out on {@code dialog}: the same release the RI does for a dialog receiving one. */
    public static void releaseAfterAckSent(Dialog dialog) {
        if (dialog instanceof SIPDialog d && !d.isServer() && d.getState() == DialogState.CONFIRMED) {
            d.cleanUpOnAck();
        }
    }
}
