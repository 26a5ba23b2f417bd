package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;

/**
 * Turns the DTMF relays' plain requests and responses into SIP on a leg's dialog and back: in-dialog requests
 * we send for a relay (their answer completes the relay's stage), and answers to requests a relay took.
 */
final class DtmfRequests {
    private static final Logger LOG = Logger.getLogger(DtmfRequests.class.getName());
    /** Headers that belong to the dialog or the transport: the core writes them, relays never see them. */
    private static final Set<String> DIALOG_HEADERS = Set.of("via", "v", "to", "t", "from", "f", "call-id", "i", "cseq",
            "route", "record-route", "max-forwards", "contact", "m", "content-length", "l", "content-type", "c");
    private final CallDtmf owner;

    DtmfRequests(CallDtmf owner) {
        this.owner = owner;
    }

    static DtmfRequest toDtmf(Request request) {
        ContentTypeHeader type = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        return new DtmfRequest(request.getMethod(), headersOf(request),
                type == null ? null : SipDtmfMessage.valueOf(type), request.getRawContent());
    }

    static DtmfResponse toDtmf(Response response) {
        ContentTypeHeader type = (ContentTypeHeader) response.getHeader(ContentTypeHeader.NAME);
        return new DtmfResponse(response.getStatusCode(), headersOf(response),
                type == null ? null : SipDtmfMessage.valueOf(type), response.getRawContent());
    }

    private static List<Map.Entry<String, String>> headersOf(Message m) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Iterator<?> names = m.getHeaderNames(); names.hasNext(); ) {
            String name = (String) names.next();
            if (DIALOG_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (ListIterator<?> it = m.getHeaders(name); it.hasNext(); ) {
                headers.add(new AbstractMap.SimpleImmutableEntry<>(name, SipDtmfMessage.valueOf((Header) it.next())));
            }
        }
        return headers;
    }

    /** Sends a relay's request on the leg's dialog; the result always completes (never exceptionally). */
    void send(LegDtmf leg, DtmfRequest dtmf, CompletableFuture<DtmfResponse> result) {
        Leg sip = owner.sipLeg(leg.side());
        Dialog dialog = sip == null ? null : sip.dialog;
        if (dialog == null || owner.call.isEnded()) {
            result.complete(DtmfResponse.of(Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST));
            return;
        }
        try {
            Request request = sip.createRequest(dialog, dtmf.method());
            HeaderFactory hf = owner.call.services.stack().headerFactory();
            for (Map.Entry<String, String> h : dtmf.headers()) {
                request.addHeader(hf.createHeader(h.getKey(), h.getValue()));
            }
            if (dtmf.contentType() != null && dtmf.body().length > 0) {
                request.setContent(dtmf.body(), (ContentTypeHeader) hf.createHeader(ContentTypeHeader.NAME, dtmf.contentType()));
            }
            if (Request.SUBSCRIBE.equals(dtmf.method()) || Request.NOTIFY.equals(dtmf.method())) {
                request.setHeader((ContactHeader) sip.contact.clone()); // RFC 6665 4.1.2.1 / 4.2.2
            }
            ClientTransaction ct = sip.provider.getNewClientTransaction(request);
            ct.setApplicationData(new TransactionRef.Dtmf(owner.call, result));
            dialog.sendRequest(ct);
        } catch (ParseException | SipException | RuntimeException e) {
            LOG.log(Level.WARNING, owner.call + ": cannot send " + dtmf.method() + " for DTMF on leg " + leg.side()
                    + ": " + e.getMessage(), e);
            result.complete(DtmfResponse.of(Response.SERVICE_UNAVAILABLE));
        }
    }

    /** The answer to a request a relay took. */
    void answer(ServerTransaction st, Request request, DtmfResponse dtmf, Leg from) {
        try {
            Response response = owner.call.services.stack().messageFactory().createResponse(dtmf.status(), request);
            HeaderFactory hf = owner.call.services.stack().headerFactory();
            for (Map.Entry<String, String> h : dtmf.headers()) {
                response.addHeader(hf.createHeader(h.getKey(), h.getValue()));
            }
            if (dtmf.contentType() != null && dtmf.body().length > 0) {
                response.setContent(dtmf.body(), (ContentTypeHeader) hf.createHeader(ContentTypeHeader.NAME, dtmf.contentType()));
            }
            if (Request.SUBSCRIBE.equals(request.getMethod()) && dtmf.isSuccess()) {
                response.setHeader((ContactHeader) from.contact.clone());
            }
            st.sendResponse(response);
        } catch (ParseException | SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.WARNING, owner.call + ": cannot answer " + request.getMethod() + " for DTMF: " + e.getMessage(), e);
        }
    }
}
