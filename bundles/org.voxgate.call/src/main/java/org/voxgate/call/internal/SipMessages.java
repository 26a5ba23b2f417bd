package org.voxgate.call.internal;

import java.text.ParseException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;

/** Small, stateless reads and copies of SIP messages used by the call core. */
final class SipMessages {
    private SipMessages() {}

    /** The number a request is for: the user part of its Request-URI (or a tel: URI's number); null if none. */
    static String calledNumber(Request r) {
        return user(r.getRequestURI());
    }

    /** The caller's number: the user part of From; "anonymous" when there is none. */
    static String callingNumber(Request r) {
        FromHeader from = (FromHeader) r.getHeader(FromHeader.NAME);
        String user = from == null ? null : user(from.getAddress().getURI());
        return user == null || user.isEmpty() ? "anonymous" : user;
    }

    static String user(URI uri) {
        if (uri instanceof SipURI sip) {
            return sip.getUser();
        }
        if (uri instanceof TelURL tel) {
            return (tel.isGlobal() ? "+" : "") + tel.getPhoneNumber();
        }
        return null;
    }

    static String callIdOf(Message m) {
        CallIdHeader id = (CallIdHeader) m.getHeader(CallIdHeader.NAME);
        return id == null ? "" : id.getCallId();
    }

    /** User part of the first Contact, or null. */
    static String contactUser(Message m) {
        javax.sip.header.ContactHeader c = (javax.sip.header.ContactHeader) m.getHeader(javax.sip.header.ContactHeader.NAME);
        return c == null ? null : user(c.getAddress().getURI());
    }

    static String toTag(Message m) {
        ToHeader to = (ToHeader) m.getHeader(ToHeader.NAME);
        return to == null ? null : to.getTag();
    }

    static String fromTag(Message m) {
        FromHeader from = (FromHeader) m.getHeader(FromHeader.NAME);
        return from == null ? null : from.getTag();
    }

    static long cseq(Message m) {
        return ((CSeqHeader) m.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    static String cseqMethod(Message m) {
        return ((CSeqHeader) m.getHeader(CSeqHeader.NAME)).getMethod();
    }

    /** Max-Forwards of a request; 70 when absent (RFC 3261 8.1.1.6 makes it mandatory, the valve lets a few through). */
    static int maxForwards(Request r) {
        MaxForwardsHeader mf = (MaxForwardsHeader) r.getHeader(MaxForwardsHeader.NAME);
        return mf == null ? 70 : mf.getMaxForwards();
    }

    static boolean hasBody(Message m) {
        byte[] raw = m.getRawContent();
        return raw != null && raw.length > 0;
    }

    /** The message carries a body of type application/sdp. */
    static boolean isSdp(Message m) {
        ContentTypeHeader type = (ContentTypeHeader) m.getHeader(ContentTypeHeader.NAME);
        return hasBody(m) && type != null && "application".equalsIgnoreCase(type.getContentType())
                && "sdp".equalsIgnoreCase(type.getContentSubType());
    }

    /** Copies the body and its Content-Type (Content-Length follows); nothing when {@code from} has no body. */
    static void copyBody(Message from, Message to) throws ParseException {
        if (!hasBody(from)) {
            return;
        }
        ContentTypeHeader type = (ContentTypeHeader) from.getHeader(ContentTypeHeader.NAME);
        if (type == null) {
            return; // a body of unknown type cannot be forwarded meaningfully
        }
        to.setContent(from.getRawContent(), (ContentTypeHeader) type.clone());
    }

    /**
     * A From/To tag: RFC 3261 19.3 wants it globally unique and cryptographically random. One DRBG per thread,
     * seeded once: UUID.randomUUID() draws from one NativePRNG shared by the JVM, whose lock the call and SIP
     * threads queued on under load (BENCHMARKS.md, JFR monitor waits in SecureRandom/NativePRNG).
     */
    static String newTag() {
        return Long.toHexString(RANDOM.get().nextLong() & Long.MAX_VALUE);
    }

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(() -> {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    });
}
