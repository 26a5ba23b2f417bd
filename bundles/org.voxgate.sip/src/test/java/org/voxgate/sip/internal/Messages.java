package org.voxgate.sip.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;

/** SIP messages parsed by the RI's own parser, for tests. */
final class Messages {
    private Messages() {}

    static SIPRequest request(String method, String branch) {
        return (SIPRequest) parse(method + " sip:100@127.0.0.1:5060 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\n"
                + "To: <sip:100@127.0.0.1>\r\n"
                + "Call-ID: call-" + branch + "@127.0.0.1\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    static SIPResponse response(int code, String reason, String method, String branch) {
        return (SIPResponse) parse("SIP/2.0 " + code + " " + reason + "\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch + "\r\n"
                + "From: <sip:a@127.0.0.1>;tag=1\r\n"
                + "To: <sip:100@127.0.0.1>;tag=2\r\n"
                + "Call-ID: call-" + branch + "@127.0.0.1\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    static SIPMessage parse(String text) {
        try {
            return new StringMsgParser().parseSIPMessage(text.getBytes(StandardCharsets.US_ASCII), true, false, null);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
