package org.voxgate.registrar.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.Header;
import javax.sip.header.MinExpiresHeader;
import javax.sip.header.RetryAfterHeader;
import javax.sip.message.Response;

/** Reads what the registration state machine needs out of a response to a REGISTER. */
final class AnswerReader {
    private AnswerReader() {}

    static LineRegistration.Answer read(Response r, SipURI ourContact) {
        CSeqHeader cseq = (CSeqHeader) r.getHeader(CSeqHeader.NAME);
        MinExpiresHeader min = (MinExpiresHeader) r.getHeader(MinExpiresHeader.NAME);
        RetryAfterHeader retryAfter = (RetryAfterHeader) r.getHeader(RetryAfterHeader.NAME);
        return new LineRegistration.Answer(cseq == null ? -1 : cseq.getSeqNumber(), r.getStatusCode(),
                r.getReasonPhrase(), granted(r, ourContact), min == null ? -1 : min.getExpires(),
                values(r, "WWW-Authenticate"), values(r, "Proxy-Authenticate"),
                retryAfter == null ? -1 : retryAfter.getRetryAfter());
    }

    /**
     * The time the registrar granted our binding (RFC 3261 §10.2.4): the {@code expires} parameter of the Contact
     * that is ours among those the 2xx lists, else the {@code Expires} header, else -1.
     */
    static int granted(Response r, SipURI ourContact) {
        ListIterator<?> contacts = r.getHeaders(ContactHeader.NAME);
        while (contacts != null && contacts.hasNext()) {
            ContactHeader c = (ContactHeader) contacts.next();
            if (c.getAddress() != null && c.getAddress().getURI() instanceof SipURI uri && sameBinding(uri, ourContact)
                    && c.getExpires() >= 0) {
                return c.getExpires();
            }
        }
        ExpiresHeader expires = r.getExpires();
        return expires == null ? -1 : expires.getExpires();
    }

    /** RFC 3261 §19.1.4, enough for a registrar's echo of our Contact: user, host and port. */
    static boolean sameBinding(SipURI a, SipURI b) {
        return equal(a.getUser(), b.getUser()) && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(SipURI u) {
        return u.getPort() > 0 ? u.getPort() : 5060;
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The value of each header of that name (the text after "Name:"), in message order. */
    static List<String> values(Response r, String name) {
        List<String> result = new ArrayList<>();
        ListIterator<?> it = r.getHeaders(name);
        while (it != null && it.hasNext()) {
            String text = ((Header) it.next()).toString().trim();
            int colon = text.indexOf(':');
            result.add(colon >= 0 ? text.substring(colon + 1).trim() : text);
        }
        return result;
    }
}
