package gov.nist.javax.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RawCallIdTest {
    private static int hash(String message) {
        byte[] b = message.getBytes(StandardCharsets.US_ASCII);
        return RawCallId.hash(b, 0, b.length);
    }

    private static String request(String callIdLine) {
        return "NOTIFY sip:a@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
                + "From: <sip:b@127.0.0.1>;tag=1\r\nTo: <sip:a@127.0.0.1>;tag=2\r\n" + callIdLine
                + "CSeq: 1 NOTIFY\r\nContent-Length: 0\r\n\r\n";
    }

    @Test
    void fullAndCompactFormsAnyCaseAndBlanksGiveTheSameHash() {
        int h = hash(request("Call-ID: abc@127.0.0.1\r\n"));
        assertThat(h).isNotEqualTo(RawCallId.NONE);
        assertThat(hash(request("call-id:abc@127.0.0.1\r\n"))).isEqualTo(h);
        assertThat(hash(request("CALL-ID \t:  abc@127.0.0.1 \r\n"))).isEqualTo(h);
        assertThat(hash(request("i: abc@127.0.0.1\r\n"))).isEqualTo(h);
        assertThat(hash(request("I:abc@127.0.0.1\n"))).isEqualTo(h);
    }

    @Test
    void theValueIsCaseSensitiveAndOtherHeadersDoNotCount() {
        int h = hash(request("Call-ID: abc@127.0.0.1\r\n"));
        assertThat(hash(request("Call-ID: ABC@127.0.0.1\r\n"))).isNotEqualTo(h);
        assertThat(hash(request("Call-Info: <http://127.0.0.1/x>\r\nCall-ID: abc@127.0.0.1\r\n"))).isEqualTo(h);
        assertThat(hash(request("In-Reply-To: abc@127.0.0.1\r\nCall-ID: abc@127.0.0.1\r\n"))).isEqualTo(h);
    }

    @Test
    void aMessageWithoutCallIdOrWithOneOnlyInTheBodyHasNone() {
        assertThat(hash(request(""))).isEqualTo(RawCallId.NONE);
        assertThat(hash(request("") + "Call-ID: in-the-body\r\n")).isEqualTo(RawCallId.NONE);
        assertThat(hash("Call-ID: on-the-start-line\r\n\r\n")).isEqualTo(RawCallId.NONE);
        assertThat(hash("\r\n\r\n")).isEqualTo(RawCallId.NONE);
        assertThat(hash("")).isEqualTo(RawCallId.NONE);
        assertThat(hash("OPTIONS sip:a SIP/2.0\r\nCall-ID")).isEqualTo(RawCallId.NONE);
    }

    @Test
    void onlyTheGivenRangeIsRead() {
        byte[] b = ("xx" + request("Call-ID: abc@127.0.0.1\r\n") + "yy").getBytes(StandardCharsets.US_ASCII);
        assertThat(RawCallId.hash(b, 2, b.length - 4)).isEqualTo(hash(request("Call-ID: abc@127.0.0.1\r\n")));
    }
}
