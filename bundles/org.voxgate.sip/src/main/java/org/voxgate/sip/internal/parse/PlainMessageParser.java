package org.voxgate.sip.internal.parse;

import java.text.ParseException;

import gov.nist.javax.sip.header.RequestLine;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.StatusLine;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;

/**
 * The RI's message parser with {@link PlainFirstLines} and {@link PlainHeaders} in front of its own parsers: a header in a plain form is
 * parsed in one pass, every other header (and every header the message cannot take) goes the RI's way, with its
 * error handling. Stateless, like the RI's: one instance serves every thread.
 */
public final class PlainMessageParser extends StringMsgParser {
    @Override
    protected SIPMessage processFirstLine(String line, ParseExceptionListener listener, byte[] raw)
            throws ParseException {
        if (line.startsWith("SIP/2.0")) {
            StatusLine status = PlainFirstLines.status(line);
            if (status != null) {
                SIPResponse response = new SIPResponse();
                response.setStatusLine(status);
                return response;
            }
        } else {
            RequestLine request = PlainFirstLines.request(line);
            if (request != null) {
                SIPRequest sipRequest = new SIPRequest();
                sipRequest.setRequestLine(request);
                return sipRequest;
            }
        }
        return super.processFirstLine(line, listener, raw);
    }

    @Override
    protected void processHeader(String header, SIPMessage message, ParseExceptionListener listener, byte[] raw)
            throws ParseException {
        SIPHeader plain = header == null ? null : PlainHeaders.parse(header);
        if (plain != null) {
            try {
                message.attachHeader(plain, false);
                return;
            } catch (ParseException e) {
                // e.g. a second CSeq: nothing was attached; the RI's path reports it to the listener as it does
            }
        }
        super.processHeader(header, message, listener, raw);
    }
}
