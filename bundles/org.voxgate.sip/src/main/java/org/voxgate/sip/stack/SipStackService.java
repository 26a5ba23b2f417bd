package org.voxgate.sip.stack;

import java.util.List;

import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Response;

import org.osgi.annotation.versioning.ProviderType;

/** The one SIP stack of the gateway. */
@ProviderType
public interface SipStackService {

    AddressFactory addressFactory();

    HeaderFactory headerFactory();

    MessageFactory messageFactory();

    /**
     * A provider that sends over the given transport, or {@code null} when no listening point of
     * that transport is open.
     *
     * @param transport {@code udp} or {@code tcp}, case-insensitive
     */
    SipProvider provider(String transport);

    /** All providers, one per open listening point. */
    List<SipProvider> providers();

    /**
     * Whether {@link #sendWithoutTransaction} can answer this request: a non-INVITE request (not ACK or CANCEL) that
     * came over UDP with an RFC 3261 branch and has no server transaction. Then the caller need not create one.
     *
     * @since 1.2
     */
    boolean answersWithoutTransaction(RequestEvent event);

    /**
     * Sends the final response to a request {@link #answersWithoutTransaction} accepted, statelessly, and keeps only
     * the response's bytes: a retransmission of the request is answered with them by the stack until Timer J (64·T1)
     * would have fired, as a server transaction would, without reaching the handler. Saves the 32 s a server
     * transaction of the RI lives after its final response over UDP (docs/adr/0009). Retransmissions of one request
     * are handled after it (docs/adr/0008), so they always find the response.
     *
     * @since 1.2
     */
    void sendWithoutTransaction(RequestEvent event, Response response) throws SipException;

    /**
     * Sends a final response through {@code st}; when the transaction would then only linger to answer
     * retransmissions (a request other than INVITE, ACK or CANCEL, over UDP, with an RFC 3261 branch), keeps only
     * the response's bytes for that, as {@link #sendWithoutTransaction} does, and terminates the transaction
     * (docs/adr/0009). For a request the stack's dialog layer must see answered (an in-dialog BYE ends the dialog
     * through its transaction) and that would otherwise hold a transaction for Timer J (32 s over UDP). Otherwise
     * the same as {@code st.sendResponse(response)}.
     *
     * @since 1.3
     */
    default void respondAndRelease(ServerTransaction st, Response response) throws SipException, InvalidArgumentException {
        st.sendResponse(response);
    }

    /**
     * Our ACK to a 2xx has been sent on {@code dialog}: the stack may let go of the INVITE, its transaction and the
     * parsed headers the dialog kept of it, as it does for a dialog that receives an ACK (for the rest of a call
     * that may last hours). Nothing else changes; no-op for a dialog we answered.
     *
     * @since 1.4
     */
    default void acknowledged(Dialog dialog) {}

    /**
     * Whether the gateway is behind with its work by more than the stack's configured overload delay
     * ({@code overload.delay.ms} of {@code org.voxgate.sip}; 0 turns the check off): the oldest received message
     * the stack has not processed yet, or the caller's own oldest queued work ({@code applicationBacklogMillis}),
     * has waited longer. A caller refuses new work (a new call) with 503 and Retry-After while this holds, so
     * that the work in progress finishes instead of every call timing out together (congestion collapse).
     *
     * @since 1.5
     */
    default boolean overloaded(long applicationBacklogMillis) {
        return false;
    }
}
