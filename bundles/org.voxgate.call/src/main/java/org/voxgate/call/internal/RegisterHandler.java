package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.InvalidArgumentException;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegisterRequest;
import org.voxgate.spi.registrar.RegisterResult;
import org.voxgate.spi.registrar.Registrar;

/**
 * Hands an out-of-dialog REGISTER to the {@link Registrar} plug-in as plain data and turns its result into the
 * SIP response: 200 with every binding and its remaining time, 423 with Min-Expires, 401 with WWW-Authenticate.
 */
final class RegisterHandler {
    private static final Logger LOG = Logger.getLogger(RegisterHandler.class.getName());
    private final SipStackService stack;

    RegisterHandler(SipStackService stack) {
        this.stack = stack;
    }

    void handle(Registrar registrar, Request request, Responder responder) {
        RegisterResult result;
        try {
            result = registrar.register(parse(request));
        } catch (IllegalArgumentException e) {
            result = RegisterResult.failure(Response.BAD_REQUEST, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Registrar failed on REGISTER " + SipMessages.callIdOf(request), e);
            result = RegisterResult.failure(Response.SERVER_INTERNAL_ERROR, null);
        }
        try {
            responder.send(response(request, result));
        } catch (ParseException | SipException | InvalidArgumentException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot answer REGISTER " + SipMessages.callIdOf(request) + ": " + e.getMessage(), e);
        }
    }

    static RegisterRequest parse(Request request) {
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        String aor = to == null ? null : SipMessages.user(to.getAddress().getURI());
        if (aor == null || aor.isEmpty()) {
            throw new IllegalArgumentException("To has no user part (address of record)");
        }
        List<RegisterRequest.Contact> contacts = new ArrayList<>();
        boolean wildcard = false;
        ListIterator<?> it = request.getHeaders(ContactHeader.NAME);
        while (it.hasNext()) {
            ContactHeader c = (ContactHeader) it.next();
            if (c.isWildCard()) {
                wildcard = true;
                continue;
            }
            Address address = c.getAddress();
            int expires = c.getExpires();
            float q = c.getQValue();
            contacts.add(new RegisterRequest.Contact(address.getURI().toString(), expires >= 0 ? expires : null,
                    q >= 0 ? q : null));
        }
        ExpiresHeader expires = (ExpiresHeader) request.getHeader(ExpiresHeader.NAME);
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        String host = via.getReceived() != null ? via.getReceived() : via.getHost();
        int port = via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : 5060;
        AuthorizationHeader auth = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        return new RegisterRequest(request.getRequestURI().toString(), aor, contacts, wildcard,
                expires == null ? null : expires.getExpires(), SipMessages.callIdOf(request), SipMessages.cseq(request),
                host, via.getTransport().toLowerCase(Locale.ROOT) + ":" + host + ":" + port,
                auth == null ? null : auth.toString().substring(auth.toString().indexOf(':') + 1).trim());
    }

    private Response response(Request request, RegisterResult result) throws ParseException, InvalidArgumentException {
        Response r = stack.messageFactory().createResponse(result.status(), request);
        if (result.reason() != null && !result.reason().isBlank()) {
            r.setReasonPhrase(result.reason());
        }
        ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
        if (to.getTag() == null) {
            to.setTag(SipMessages.newTag());
        }
        HeaderFactory hf = stack.headerFactory();
        long now = System.currentTimeMillis();
        for (Binding b : result.bindings()) {
            ContactHeader c = hf.createContactHeader(stack.addressFactory().createAddress(b.contact()));
            c.setExpires((int) b.remainingSeconds(now));
            if (b.q() < 1.0f) {
                c.setQValue(b.q());
            }
            r.addHeader(c);
        }
        if (result.minExpires() != null) {
            r.setHeader(hf.createMinExpiresHeader(result.minExpires()));
        }
        if (result.wwwAuthenticate() != null) {
            r.setHeader(hf.createHeader("WWW-Authenticate", result.wwwAuthenticate()));
        }
        return r;
    }
}
