package org.voxgate.sip.internal.parse;

import java.text.ParseException;

import javax.sip.InvalidArgumentException;

import gov.nist.core.NameValue;
import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.ContentLength;
import gov.nist.javax.sip.header.ContentType;
import gov.nist.javax.sip.header.Expires;
import gov.nist.javax.sip.header.MaxForwards;
import gov.nist.javax.sip.header.SIPHeader;

/**
 * The headers of every SIP message, in their plain forms, parsed without the RI's lexer: one pass over the text and
 * the RI's own header objects, filled as its parsers fill them. Anything this class does not recognise as a plain
 * form (a quoted string, an escape, a comma, an IPv6 reference, a {@code sips:} or {@code tel:} URI, ...) gives
 * null, and the RI's parser takes that header: its grammar and its error handling stay the reference, and this
 * class only ever produces a header the RI's parser would have produced from the same text ({@code
 * PlainHeadersTest} compares the two on every form, field by field).
 * <p>
 * Why: parsing was half the CPU of a REGISTER and a third of a call's (BENCHMARKS.md); per header the RI builds a
 * parser by reflection and a lexer that scans the text several times.
 */
public final class PlainHeaders {
    private PlainHeaders() {}

    /**
     * The header of one header line ({@code Name: value}, no line end), or null when the RI's parser must take it.
     */
    public static SIPHeader parse(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        int nameEnd = colon;
        while (nameEnd > 0 && Text.isBlank(line.charAt(nameEnd - 1))) {
            nameEnd--;
        }
        int from = Text.skipBlanks(line, colon + 1);
        int to = line.length(); // trailing blanks: the RI refuses some headers with them, and decides
        if (from >= to || Text.isBlank(line.charAt(to - 1))) {
            return null;
        }
        try {
            return parse(line, nameEnd, from, to);
        } catch (ParseException | InvalidArgumentException | RuntimeException e) {
            return null; // a value the RI would refuse or treat differently: its parser decides
        }
    }

    private static SIPHeader parse(String line, int nameEnd, int from, int to)
            throws ParseException, InvalidArgumentException {
        switch (nameEnd) {
            case 1 -> {
                return switch (Character.toLowerCase(line.charAt(0))) {
                    case 'v' -> PlainVia.parse(line, from, to);
                    case 'f' -> PlainAddresses.from(line, from, to);
                    case 't' -> PlainAddresses.to(line, from, to);
                    case 'm' -> PlainAddresses.contact(line, from, to);
                    case 'i' -> callId(line, from, to);
                    case 'l' -> contentLength(line, from, to);
                    case 'c' -> contentType(line, from, to);
                    default -> null;
                };
            }
            case 2 -> {
                return is(line, "To") ? PlainAddresses.to(line, from, to) : null;
            }
            case 3 -> {
                return is(line, "Via") ? PlainVia.parse(line, from, to) : null;
            }
            case 4 -> {
                if (is(line, "From")) {
                    return PlainAddresses.from(line, from, to);
                }
                return is(line, "CSeq") ? cseq(line, from, to) : null;
            }
            case 7 -> {
                if (is(line, "Call-ID")) {
                    return callId(line, from, to);
                }
                if (is(line, "Contact")) {
                    return PlainAddresses.contact(line, from, to);
                }
                return is(line, "Expires") ? expires(line, from, to) : null;
            }
            case 12 -> {
                if (is(line, "Content-Type")) {
                    return contentType(line, from, to);
                }
                return is(line, "Max-Forwards") ? maxForwards(line, from, to) : null;
            }
            case 14 -> {
                return is(line, "Content-Length") ? contentLength(line, from, to) : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean is(String line, String name) {
        return line.regionMatches(true, 0, name, 0, name.length());
    }

    /** {@code Call-ID}: a word without blanks or quotes (the RI keeps the text after the colon as it is). */
    private static SIPHeader callId(String line, int from, int to) throws ParseException {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c <= ' ' || c >= 127 || c == '"' || c == '<' || c == '>') {
                return null;
            }
        }
        CallID id = new CallID();
        id.setCallId(line.substring(from, to));
        return id;
    }

    /** {@code CSeq: N METHOD} with one or more blanks between, METHOD one of {@link PlainFirstLines#METHODS}. */
    private static SIPHeader cseq(String line, int from, int to) throws ParseException, InvalidArgumentException {
        int digitsEnd = Text.digitsEnd(line, from, to);
        if (digitsEnd == from || digitsEnd - from > 10 || digitsEnd >= to || !Text.isBlank(line.charAt(digitsEnd))) {
            return null;
        }
        int methodStart = Text.skipBlanks(line, digitsEnd);
        String method = line.substring(methodStart, to);
        if (!PlainFirstLines.METHODS.contains(method)) { // the RI's lexer refuses some other words, e.g. "expires"
            return null;
        }
        CSeq cseq = new CSeq();
        cseq.setSeqNumber(Long.parseLong(line, from, digitsEnd, 10));
        cseq.setMethod(method);
        return cseq;
    }

    /** {@code Content-Type: type/subtype[;params]}, tokens. */
    private static SIPHeader contentType(String line, int from, int to) {
        int typeEnd = Text.tokenEnd(line, from, to);
        if (typeEnd == from || typeEnd >= to || line.charAt(typeEnd) != '/') {
            return null;
        }
        int subtypeEnd = Text.tokenEnd(line, typeEnd + 1, to);
        if (subtypeEnd == typeEnd + 1) {
            return null;
        }
        Params params = Params.read(line, subtypeEnd, to, false);
        if (params == null || params.end != to) {
            return null;
        }
        ContentType type = new ContentType();
        type.setContentType(line.substring(from, typeEnd), line.substring(typeEnd + 1, subtypeEnd));
        for (NameValue nv : params.values) {
            type.setParameter(nv);
        }
        return type;
    }

    /** The RI's header of a number: built and checked by its own setter (e.g. Max-Forwards up to 255). */
    private interface NumberHeader {
        SIPHeader of(int n) throws InvalidArgumentException;
    }

    private static SIPHeader maxForwards(String line, int from, int to) throws InvalidArgumentException {
        return number(line, from, to, n -> {
            MaxForwards m = new MaxForwards();
            m.setMaxForwards(n);
            return m;
        });
    }

    private static SIPHeader contentLength(String line, int from, int to) throws InvalidArgumentException {
        return number(line, from, to, n -> {
            ContentLength l = new ContentLength();
            l.setContentLength(n);
            return l;
        });
    }

    private static SIPHeader expires(String line, int from, int to) throws InvalidArgumentException {
        return number(line, from, to, n -> {
            Expires e = new Expires();
            e.setExpires(n);
            return e;
        });
    }

    /** The header of 1-9 digits and nothing else; null for any other value. */
    private static SIPHeader number(String line, int from, int to, NumberHeader header)
            throws InvalidArgumentException {
        if (to - from > 9 || Text.digitsEnd(line, from, to) != to) {
            return null;
        }
        return header.of(Integer.parseInt(line, from, to, 10));
    }
}
