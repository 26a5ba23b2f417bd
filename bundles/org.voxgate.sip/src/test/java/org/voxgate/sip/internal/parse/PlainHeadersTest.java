package org.voxgate.sip.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.parser.ParserFactory;

/**
 * {@link PlainHeaders} against the RI's header parsers: every header it parses must be the one the RI parses from
 * the same text (same encoding, and equal field by field: the RI's objects compare all their fields), and what it
 * does not recognise it must leave to the RI.
 */
class PlainHeadersTest {
    /** The forms SIPp, Kamailio, IOS, phones and Voxgate itself send: each must take the plain path. */
    static final List<String> PLAIN = List.of(
            "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-1234-1-0",
            "Via: SIP/2.0/TCP 127.0.0.1:25200;branch=z9hG4bK.abc;rport",
            "Via: SIP/2.0/UDP 127.0.0.1:5061;rport=5061;received=127.0.0.2;branch=z9hG4bKx",
            "Via: SIP/2.0/UDP host.example.com;branch=z9hG4bK776asdhds;ttl=16;maddr=224.2.0.1",
            "v: SIP/2.0/UDP 127.0.0.1;Branch=z9hG4bKq",
            "via:SIP/2.0/UDP   127.0.0.1:5060;branch=z9hG4bK1;alias",
            "From: <sip:u000001@127.0.0.1:15510>;tag=1234r1",
            "From: sipp <sip:sipp@127.0.0.1:5061>;tag=1SIPpTag001",
            "From: \"Alice Smith\" <sip:alice@127.0.0.1>;tag=9fxced76sl",
            "From: \"\" <sip:4085551234@127.0.0.1;user=phone>;tag=a",
            "f: <sip:+14085551234@127.0.0.1:5060>;tag=x.y-z",
            "To: <sip:u000001@127.0.0.1:15510>",
            "To: sut <sip:4404123@127.0.0.1:15510>;tag=abc",
            "t: <sip:bob@example.com;transport=tcp;lr>",
            "to:<sip:127.0.0.1>",
            "Contact: <sip:u000001@127.0.0.1:15501;transport=UDP>",
            "Contact: <sip:u1@127.0.0.1:15501>;expires=3600;q=0.5",
            "Contact: \"Voxgate\" <sip:gw@127.0.0.1:25200;transport=tcp>;+sip.instance=x",
            "m: <sip:u1@127.0.0.1>;expires=0",
            "Call-ID: 1-1234@127.0.0.1",
            "Call-ID: a84b4c76e66710",
            "i: f81d4fae-7dec-11d0-a765-00a0c91e6bf6@foo.bar.com",
            "CSeq: 1 REGISTER",
            "CSeq: 314159 INVITE",
            "CSeq:  2   BYE",
            "CSeq: 7 ACK", "CSeq: 7 CANCEL", "CSeq: 7 OPTIONS", "CSeq: 7 INFO", "CSeq: 7 UPDATE", "CSeq: 7 PRACK",
            "CSeq: 7 SUBSCRIBE", "CSeq: 7 NOTIFY", "CSeq: 7 MESSAGE", "CSeq: 7 REFER", "CSeq: 7 PUBLISH",
            "Max-Forwards: 70",
            "Max-Forwards: 0",
            "max-forwards:69",
            "Content-Length: 0",
            "Content-Length: 129",
            "l: 300",
            "Expires: 3600",
            "Expires: 0",
            "expires:   60",
            "Content-Type: application/sdp",
            "c: application/dtmf-relay",
            "Content-Type: application/kpml-response+xml;charset=UTF-8",
            "content-type: text/plain;foo");

    /** Forms the RI parses and PlainHeaders leaves to it (or the RI refuses). */
    static final List<String> NOT_PLAIN = List.of(
            "Via: SIP/2.0/UDP [::1]:5060;branch=z9hG4bK1",
            "Via: SIP/2.0/UDP 127.0.0.1;received=::1;branch=z9hG4bK1",
            "Via: SIP/2.0/UDP a.com;branch=z9hG4bK1, SIP/2.0/UDP b.com;branch=z9hG4bK2",
            "Via: SIP / 2.0 / UDP 127.0.0.1;branch=z9hG4bK1",
            "Via: SIP/2.0/UDP 127.0.0.1 ;branch=z9hG4bK1",
            "Via: SIP/2.0/UDP 127.0.0.1;branch=\"z9hG4bK1\"",
            "Via: SIP/2.0/UDP 127.0.0.1:99999;branch=z9hG4bK1",
            "Via: SIP/2.0/UDP 127.0.0.1 (comment)",
            "Via: SIP/2.0/UDP 127.0.0.1;branch",
            "From: sip:alice@127.0.0.1;tag=1",
            "From: <sips:alice@127.0.0.1>;tag=1",
            "From: <tel:+14085551234>;tag=1",
            "From: \"A \\\"q\\\" B\" <sip:a@127.0.0.1>;tag=1",
            "From: <sip:al%20ice@127.0.0.1>;tag=1",
            "From: <sip:alice:secret@127.0.0.1>;tag=1",
            "From: <sip:alice@127.0.0.1?Subject=x>;tag=1",
            "From: <sip:alice@127.0.0.1>;tag=\"quoted\"",
            "From: <sip:alice@127.0.0.1> ;tag=1",
            "To: <sip:bob@[::1]:5060>",
            "To: Bob <sip:bob@127.0.0.1>, Carol <sip:carol@127.0.0.1>",
            "Contact: *",
            "Contact: <sip:a@127.0.0.1>, <sip:b@127.0.0.1>",
            "Contact: <sip:a@127.0.0.1>;expires=\"60\"",
            "Call-ID: a b",
            "Call-ID: \"x\"",
            "CSeq: 1",
            "CSeq: 70 expires",
            "CSeq: 7 invite",
            "CSeq: 99999999999 INVITE",
            "CSeq: x INVITE",
            "Max-Forwards: 256",
            "Max-Forwards: -1",
            "Max-Forwards: 1234567890",
            "Content-Length: 1x",
            "Expires: Thu, 01 Dec 1994 16:00:00 GMT",
            "Content-Type: application/sdp ; charset=x",
            "Content-Type: multipart/mixed;boundary=\"abc\"",
            "Subject: hello",
            "User-Agent: SIPp",
            "X-Foo: bar",
            "Via:",
            "CSeq:   ",
            ": value",
            "Expires: 60 ",
            "CSeq: 1 INVITE\t");

    @Test
    void everyPlainFormIsParsedAsTheRiParsesIt() throws ParseException {
        for (String line : PLAIN) {
            SIPHeader plain = PlainHeaders.parse(line);
            assertThat(plain).as("plain path taken for %s", line).isNotNull();
            assertSameAsRi(line, plain);
        }
    }

    @Test
    void otherFormsAreLeftToTheRi() {
        for (String line : NOT_PLAIN) {
            assertThat(PlainHeaders.parse(line)).as("left to the RI: %s", line).isNull();
        }
    }

    /**
     * Lines put together from pieces of every kind (plain and not, upper and lower case, blanks, odd characters):
     * whatever PlainHeaders parses equals the RI's result, and it parses nothing the RI refuses.
     */
    @Test
    void generatedLinesNeverDifferFromTheRi() throws ParseException {
        Random random = new Random(20261201);
        String[] names = {"Via", "v", "VIA", "From", "f", "To", "t", "TO", "Contact", "m", "Call-ID", "i", "CSeq",
            "cseq", "Max-Forwards", "Content-Type", "c", "Content-Length", "l", "Expires", "Route", "X"};
        String[] pieces = {"SIP/2.0/UDP ", "SIP/2.0/TCP ", "sip:", "sips:", "<", ">", "\"", "@", ":", ";", "=", ",",
            " ", "\t", "127.0.0.1", "example.com", "5060", "99999", "branch", "z9hG4bK", "tag", "rport", "received",
            "transport", "udp", "expires", "q", "0.5", "alice", "Bob", "%41", "[::1]", "REGISTER", "INVITE", "expires", "1", "70", "lr", "application/sdp", "/", "text",
            "-", ".", "\\", "?", "*", "(", ")", "+", "0"};
        int parsed = 0;
        for (int n = 0; n < 40_000; n++) {
            StringBuilder line = new StringBuilder(names[random.nextInt(names.length)]).append(": ");
            for (int k = 1 + random.nextInt(14); k > 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            SIPHeader plain = PlainHeaders.parse(line.toString());
            if (plain != null) {
                assertSameAsRi(line.toString(), plain);
                parsed++;
            }
        }
        for (String template : PLAIN) { // and mutations of every plain form
            for (int n = 0; n < 300; n++) {
                StringBuilder line = new StringBuilder(template);
                int at = template.indexOf(':') + 1 + random.nextInt(template.length() - template.indexOf(':'));
                line.insert(Math.min(at, line.length()), pieces[random.nextInt(pieces.length)]);
                SIPHeader plain = PlainHeaders.parse(line.toString());
                if (plain != null) {
                    assertSameAsRi(line.toString(), plain);
                    parsed++;
                }
            }
        }
        assertThat(parsed).as("generated lines that took the plain path").isGreaterThan(1000);
    }

    private static void assertSameAsRi(String line, SIPHeader plain) throws ParseException {
        SIPHeader ri;
        try {
            ri = ParserFactory.createParser(line + "\n").parse();
        } catch (ParseException | RuntimeException e) {
            throw new AssertionError("PlainHeaders parsed what the RI refuses: " + line + " (" + e + ")", e);
        }
        assertThat(plain.encode()).as("encoding of %s", line).isEqualTo(ri.encode());
        assertThat(plain.getClass()).as("class for %s", line).isEqualTo(ri.getClass());
        assertThat(plain.equals(ri) && ri.equals(plain)).as("fields of %s: %s vs %s", line, describe(plain),
                describe(ri)).isTrue();
    }

    private static String describe(Object o) {
        List<String> out = new ArrayList<>();
        out.add(o instanceof gov.nist.core.GenericObject g ? g.debugDump() : String.valueOf(o));
        return String.join("\n", out);
    }
}
