package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import javax.sip.SipFactory;
import javax.sip.message.Message;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfMessage;

import gov.nist.javax.sip.parser.StringMsgParser;

/** A received message seen through the DTMF SPI, parsed and detached (what a connected call keeps). */
class SipDtmfMessageTest {
    private static final String SDP = "v=0\r\no=a 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";

    private static Message parse(String headers, String body) throws Exception {
        SipFactory.getInstance(); // the RI's parser factories
        String text = headers + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
        return new StringMsgParser().parseSIPMessage(text.getBytes(StandardCharsets.UTF_8), true, false, null);
    }

    @Test
    void aDetachedMessageAnswersEveryHeaderAsTheParsedOneDid() throws Exception {
        Message invite = parse("INVITE sip:4404123@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bK-1\r\n"
                + "From: <sip:4001@127.0.0.1>;tag=a\r\nTo: <sip:4404123@127.0.0.1>\r\ni: c1@127.0.0.1\r\n"
                + "CSeq: 1 INVITE\r\nContact: <sip:4001@127.0.0.1:5062>\r\n"
                + "Allow: INVITE, ACK, BYE, NOTIFY\r\nAllow: SUBSCRIBE\r\nu: kpml, telephone-event\r\n"
                + "Call-Info: <sip:127.0.0.1>;method=\"NOTIFY;Event=telephone-event;Duration=2000\"\r\n"
                + "c: application/sdp\r\n", SDP);
        DtmfMessage parsed = SipDtmfMessage.received(invite, null);
        DtmfMessage detached = SipDtmfMessage.detached(parsed);

        assertThat(detached).isNotSameAs(parsed);
        for (String name : new String[] {"Allow", "allow", "Allow-Events", "Call-Info", "Call-ID", "i",
                "Content-Type", "c", "Via", "v", "f", "t", "m", "l", "k", "Supported", "X-None"}) {
            assertThat(detached.headers(name)).as(name).isEqualTo(parsed.headers(name));
        }
        assertThat(detached.headers("Allow")).containsExactly("INVITE", "ACK", "BYE", "NOTIFY", "SUBSCRIBE");
        assertThat(detached.headers("Allow-Events")).containsExactly("kpml", "telephone-event");
        assertThat(detached.sdp()).isEqualTo(SDP);
        assertThat(detached.isRequest()).isTrue();
        assertThatThrownBy(() -> detached.addHeader("Allow", "INFO")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> detached.sdp("v=0\r\n")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aResponseWithoutSdpKeepsTheEarlierSdpWhenDetached() throws Exception {
        Message ok = parse("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bK-1\r\n"
                + "From: <sip:4001@127.0.0.1>;tag=a\r\nTo: <sip:4404123@127.0.0.1>;tag=b\r\nCall-ID: c1@127.0.0.1\r\n"
                + "CSeq: 1 INVITE\r\nSupported: timer\r\n", "");
        DtmfMessage detached = SipDtmfMessage.detached(SipDtmfMessage.received(ok, SDP));
        assertThat(detached.isRequest()).isFalse();
        assertThat(detached.sdp()).isEqualTo(SDP);
        assertThat(detached.headers("supported")).containsExactly("timer");
    }
}
