package org.voxgate.sip.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;

/** Whole messages: {@link PlainMessageParser} gives the message the RI's parser gives, errors included. */
class PlainMessageParserTest {
    private static final String REGISTER = """
            REGISTER sip:127.0.0.1:15510 SIP/2.0\r
            Via: SIP/2.0/UDP 127.0.0.1:15501;branch=z9hG4bK-1-1-0\r
            From: <sip:u000001@127.0.0.1:15510>;tag=1r1\r
            To: <sip:u000001@127.0.0.1:15510>\r
            Call-ID: 1-4242@127.0.0.1\r
            CSeq: 1 REGISTER\r
            Contact: <sip:u000001@127.0.0.1:15501;transport=UDP>\r
            Expires: 3600\r
            Max-Forwards: 70\r
            User-Agent: SIPp\r
            Content-Length: 0\r
            \r
            """;
    private static final String INVITE = """
            INVITE sip:4404123@127.0.0.1:15510 SIP/2.0\r
            Via: SIP/2.0/UDP 127.0.0.1:15501;branch=z9hG4bK-2-1-0;rport\r
            Via: SIP/2.0/UDP [::1]:5070;branch=z9hG4bK-0\r
            From: "sipp" <sip:sipp@127.0.0.1:15501>;tag=2SIPpTag001\r
            To: sut <sip:4404123@127.0.0.1:15510>\r
            Call-ID: 2-4242@127.0.0.1\r
            CSeq: 1 INVITE\r
            Contact: sip:sipp@127.0.0.1:15501\r
            Max-Forwards: 70\r
            Subject: Performance Test\r
            Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r
            Content-Type: application/sdp\r
            Content-Length: 23\r
            \r
            v=0\r
            o=- 1 1 IN IP4 x\r
            """;
    private static final String OK = """
            SIP/2.0 200 OK\r
            Via: SIP/2.0/UDP 127.0.0.1:25200;branch=z9hG4bK.abc;received=127.0.0.1\r
            From: <sip:4404123@127.0.0.1>;tag=a\r
            To: <sip:4404123@127.0.0.1:15502>;tag=b\r
            Call-ID: x@y\r
            CSeq: 2 BYE\r
            Content-Length: 0\r
            \r
            """;

    @Test
    void messagesAreTheRisMessages() throws ParseException {
        for (String text : List.of(REGISTER, INVITE, OK)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            SIPMessage plain = new PlainMessageParser().parseSIPMessage(bytes, true, false, null);
            SIPMessage ri = new StringMsgParser().parseSIPMessage(bytes, true, false, null);
            assertThat(plain.encode()).isEqualTo(ri.encode());
            assertThat(plain.getClass()).isEqualTo(ri.getClass());
            assertThat(plain.getViaHeaders().size()).isEqualTo(ri.getViaHeaders().size());
            assertThat(plain.getViaHeaders().equals(ri.getViaHeaders())).isTrue();
            assertThat(plain.getFrom().equals(ri.getFrom()) && plain.getTo().equals(ri.getTo())).isTrue();
            assertThat(plain.getTransactionId()).isEqualTo(ri.getTransactionId());
            assertThat(plain.getDialogId(false)).isEqualTo(ri.getDialogId(false));
        }
        SIPRequest register = (SIPRequest) new PlainMessageParser()
                .parseSIPMessage(REGISTER.getBytes(StandardCharsets.UTF_8), true, false, null);
        assertThat(register.getExpires().getExpires()).isEqualTo(3600);
        assertThat(register.getCSeq().getSeqNumber()).isEqualTo(1);
        assertThat(register.getTopmostVia().getBranch()).isEqualTo("z9hG4bK-1-1-0");
    }

    /** A second CSeq, a malformed Max-Forwards: the message and what the listener hears are the RI's. */
    @Test
    void duplicateAndMalformedHeadersEndAsWithTheRi() throws ParseException {
        String duplicate = REGISTER.replace("CSeq: 1 REGISTER\r\n", "CSeq: 1 REGISTER\r\nCSeq: 2 REGISTER\r\n");
        String malformed = REGISTER.replace("Max-Forwards: 70", "Max-Forwards: 7x");
        for (String text : List.of(duplicate, malformed)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            List<String> plainReports = new ArrayList<>();
            List<String> riReports = new ArrayList<>();
            SIPMessage plain = new PlainMessageParser().parseSIPMessage(bytes, true, false, listener(plainReports));
            SIPMessage ri = new StringMsgParser().parseSIPMessage(bytes, true, false, listener(riReports));
            assertThat(plainReports).isEqualTo(riReports);
            assertThat(plain.encode()).isEqualTo(ri.encode());
            if (text == malformed) {
                assertThat(plainReports).hasSize(1);
            }
        }
        assertThatThrownBy(() -> new PlainMessageParser().parseSIPMessage(
                "INVITE sip:a@127.0.0.1 SIP/2.0\r\nCSeq: x INVITE\r\n\r\n".getBytes(StandardCharsets.UTF_8), true,
                false, (e, m, c, h, raw) -> {
                    throw e;
                })).isInstanceOf(ParseException.class);
    }

    private static ParseExceptionListener listener(List<String> reports) {
        return (ex, message, headerClass, header, raw) -> reports.add(
                (headerClass == null ? null : headerClass.getSimpleName()) + " " + header + ": "
                + ex.getMessage().replaceAll("\\[C@\\p{XDigit}+", "[C")); // the RI prints a char[]
    }
}
