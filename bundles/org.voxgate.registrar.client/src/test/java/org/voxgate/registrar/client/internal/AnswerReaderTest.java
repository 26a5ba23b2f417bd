package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sip.SipFactory;
import javax.sip.address.SipURI;
import javax.sip.message.Response;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.message.MessageFactoryImpl;

/** What is read out of REGISTER responses, parsed by the RI as the stack would. */
class AnswerReaderTest {

    private static Response parse(String status, String... headers) throws Exception {
        StringBuilder b = new StringBuilder("SIP/2.0 ").append(status).append("\r\n")
                .append("Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n")
                .append("From: <sip:4001@reg>;tag=a\r\nTo: <sip:4001@reg>;tag=b\r\nCall-ID: c1\r\nCSeq: 7 REGISTER\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return new MessageFactoryImpl().createResponse(b.append("Content-Length: 0\r\n\r\n").toString());
    }

    private static SipURI ours() throws Exception {
        return (SipURI) SipFactory.getInstance().createAddressFactory().createURI("sip:4001@127.0.0.1:5070");
    }

    @Test
    void grantedTimeIsOurContactsAmongOthersThenTheExpiresHeader() throws Exception {
        Response r = parse("200 OK", "Contact: <sip:4001@10.0.0.9:5070>;expires=30",
                "Contact: <sip:4001@127.0.0.1:5070>;expires=1800, <sip:x@y>;expires=5", "Expires: 3600");
        LineRegistration.Answer a = AnswerReader.read(r, ours());
        assertThat(a.cseq()).isEqualTo(7);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.grantedExpires()).isEqualTo(1800);
        assertThat(AnswerReader.read(parse("200 OK", "Expires: 600"), ours()).grantedExpires()).isEqualTo(600);
        assertThat(AnswerReader.read(parse("200 OK"), ours()).grantedExpires()).isEqualTo(-1);
    }

    @Test
    void minExpiresRetryAfterAndEveryChallenge() throws Exception {
        assertThat(AnswerReader.read(parse("423 Interval Too Brief", "Min-Expires: 300"), ours()).minExpires()).isEqualTo(300);
        assertThat(AnswerReader.read(parse("503 Service Unavailable", "Retry-After: 120"), ours()).retryAfter()).isEqualTo(120);
        LineRegistration.Answer a = AnswerReader.read(parse("401 Unauthorized",
                "WWW-Authenticate: Digest realm=\"r\", nonce=\"1\", algorithm=SHA-256, qop=\"auth\"",
                "WWW-Authenticate: Digest realm=\"r\", nonce=\"2\", algorithm=MD5, qop=\"auth\""), ours());
        assertThat(a.wwwAuthenticate()).hasSize(2);
        assertThat(DigestChallenge.pick(a.wwwAuthenticate(), false).algorithm()).isEqualTo("SHA-256");
        assertThat(DigestChallenge.parse(a.wwwAuthenticate().get(1), false).nonce()).isEqualTo("2");
        LineRegistration.Answer p = AnswerReader.read(parse("407 Proxy Authentication Required",
                "Proxy-Authenticate: Digest realm=\"p\", nonce=\"3\""), ours());
        assertThat(p.proxyAuthenticate()).hasSize(1);
        assertThat(p.wwwAuthenticate()).isEmpty();
    }
}
