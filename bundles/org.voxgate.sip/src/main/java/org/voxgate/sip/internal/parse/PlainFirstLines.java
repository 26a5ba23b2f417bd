package org.voxgate.sip.internal.parse;

import java.text.ParseException;
import java.util.Set;

import gov.nist.javax.sip.address.SipUri;
import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.StatusLine;

/**
 * The first line of a message in its plain form, as {@link PlainHeaders} does headers: {@code METHOD sip:... SIP/2.0}
 * for the methods Voxgate handles, {@code SIP/2.0 NNN Reason}; null for anything else (the RI's parser decides).
 */
public final class PlainFirstLines {
    private static final String VERSION = "SIP/2.0";
    /**
     * The methods that take the plain path, in the first line and in CSeq: RFC 3261's and the extensions Voxgate
     * handles (the RI's lexer refuses some other words as a method, e.g. "expires").
     */
    static final Set<String> METHODS = Set.of("INVITE", "ACK", "BYE", "CANCEL", "REGISTER", "OPTIONS",
            "INFO", "UPDATE", "PRACK", "SUBSCRIBE", "NOTIFY", "MESSAGE", "REFER", "PUBLISH");

    private PlainFirstLines() {}

    /** {@code METHOD sip:... SIP/2.0}, single spaces, or null. */
    public static RequestLine request(String line) {
        int methodEnd = line.indexOf(' ');
        int uriEnd = line.lastIndexOf(' ');
        if (methodEnd <= 0 || uriEnd <= methodEnd + 1 || !line.startsWith(VERSION, uriEnd + 1)
                || line.length() != uriEnd + 1 + VERSION.length()) {
            return null;
        }
        String method = line.substring(0, methodEnd);
        if (!METHODS.contains(method)) {
            return null;
        }
        try {
            SipUri uri = PlainAddresses.sipUri(line, methodEnd + 1, uriEnd);
            if (uri == null) {
                return null;
            }
            RequestLine requestLine = new RequestLine();
            requestLine.setMethod(method);
            requestLine.setUri(uri);
            requestLine.setSipVersion(VERSION);
            return requestLine;
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    /** {@code SIP/2.0 NNN Reason phrase} (printable ASCII, no blank at either end), or null. */
    public static StatusLine status(String line) {
        int codeStart = VERSION.length() + 1;
        int reasonStart = codeStart + 4;
        if (!line.startsWith(VERSION) || line.length() <= reasonStart || line.charAt(codeStart - 1) != ' '
                || line.charAt(reasonStart - 1) != ' ' || Text.digitsEnd(line, codeStart, reasonStart - 1) != reasonStart - 1
                || line.charAt(codeStart) == '0' || Text.isBlank(line.charAt(reasonStart))
                || Text.isBlank(line.charAt(line.length() - 1))) {
            return null;
        }
        for (int i = reasonStart; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < ' ' || c >= 127) {
                return null;
            }
        }
        try {
            StatusLine status = new StatusLine();
            status.setSipVersion(VERSION);
            status.setStatusCode(Integer.parseInt(line, codeStart, reasonStart - 1, 10));
            status.setReasonPhrase(line.substring(reasonStart));
            return status;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
