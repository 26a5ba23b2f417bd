package org.voxgate.sip.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import gov.nist.javax.sip.header.SIPObject;
import gov.nist.javax.sip.parser.RequestLineParser;
import gov.nist.javax.sip.parser.StatusLineParser;

/** {@link PlainFirstLines} against the RI's request and status line parsers, as {@link PlainHeadersTest} does headers. */
class PlainFirstLinesTest {
    static final List<String> PLAIN = List.of(
            "REGISTER sip:127.0.0.1:15510 SIP/2.0",
            "INVITE sip:4404123@127.0.0.1:15510 SIP/2.0",
            "INVITE sip:+14085551234@127.0.0.1;user=phone SIP/2.0",
            "ACK sip:sipp@127.0.0.1:5061;transport=UDP SIP/2.0",
            "BYE sip:127.0.0.1:25200;transport=tcp SIP/2.0",
            "OPTIONS sip:ping@example.com SIP/2.0",
            "CANCEL sip:a@127.0.0.1 SIP/2.0", "INFO sip:a@127.0.0.1 SIP/2.0", "NOTIFY sip:a@127.0.0.1 SIP/2.0",
            "SUBSCRIBE sip:a@127.0.0.1 SIP/2.0", "UPDATE sip:a@127.0.0.1 SIP/2.0", "PRACK sip:a@127.0.0.1 SIP/2.0",
            "REFER sip:a@127.0.0.1 SIP/2.0", "MESSAGE sip:a@127.0.0.1 SIP/2.0", "PUBLISH sip:a@127.0.0.1 SIP/2.0",
            "SIP/2.0 100 Trying",
            "SIP/2.0 180 Ringing",
            "SIP/2.0 200 OK",
            "SIP/2.0 401 Unauthorized",
            "SIP/2.0 503 Service unavailable",
            "SIP/2.0 486 Busy Here");

    static final List<String> NOT_PLAIN = List.of(
            "INVITE sips:a@127.0.0.1 SIP/2.0",
            "INVITE tel:+14085551234 SIP/2.0",
            "INVITE sip:a@[::1] SIP/2.0",
            "INVITE  sip:a@127.0.0.1 SIP/2.0",
            "invite sip:a@127.0.0.1 SIP/2.0",
            "FOO sip:a@127.0.0.1 SIP/2.0",
            "INVITE sip:a@127.0.0.1 SIP/3.0",
            "INVITE sip:a@127.0.0.1?Subject=x SIP/2.0",
            "SIP/2.0 200",
            "SIP/2.0 200 ",
            "SIP/2.0 2000 OK",
            "SIP/2.0 200  OK",
            "SIP/2.0 200 OK ",
            "SIP/2.0 200 Gr\u00fc\u00dfe");

    @Test
    void everyPlainFirstLineIsParsedAsTheRiParsesIt() throws ParseException {
        for (String line : PLAIN) {
            SIPObject plain = plain(line);
            assertThat(plain).as("plain path taken for %s", line).isNotNull();
            assertSameAsRi(line, plain);
        }
    }

    @Test
    void otherFirstLinesAreLeftToTheRi() {
        for (String line : NOT_PLAIN) {
            assertThat(plain(line)).as("left to the RI: %s", line).isNull();
        }
    }

    @Test
    void generatedFirstLinesNeverDifferFromTheRi() throws ParseException {
        Random random = new Random(20261201);
        String[] pieces = {"INVITE", "REGISTER", "BYE", "SIP/2.0", "SIP/2.0 ", " ", "sip:", "sips:", "a", "@",
            "127.0.0.1", ":", "5060", ";", "transport=udp", "lr", "=", "200", "180", "099", "700", "OK", "Ringing",
            "?", "%20", "+1", "\t", "/", "x"};
        String[] methods = {"INVITE", "REGISTER", "BYE", "ACK", "invite", "FOO", "SIP/2.0"};
        String[] reasons = {"OK", "Ringing", "Service unavailable", " OK", "OK ", "", "x\ty"};
        int parsed = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder line = new StringBuilder();
            if (random.nextBoolean()) {
                line.append(methods[random.nextInt(methods.length)]).append(' ');
                for (int k = 1 + random.nextInt(6); k > 0; k--) {
                    line.append(pieces[random.nextInt(pieces.length)]);
                }
                line.append(random.nextInt(8) == 0 ? " SIP/2.1" : " SIP/2.0");
            } else {
                line.append("SIP/2.0 ").append(random.nextInt(8) == 0 ? pieces[random.nextInt(pieces.length)]
                        : Integer.toString(random.nextInt(1000))).append(' ').append(reasons[random.nextInt(reasons.length)]);
            }
            SIPObject plain = plain(line.toString());
            if (plain != null) {
                assertSameAsRi(line.toString(), plain);
                parsed++;
            }
        }
        assertThat(parsed).as("generated lines that took the plain path").isGreaterThan(10_000);
    }

    private static SIPObject plain(String line) {
        return line.startsWith("SIP/2.0") ? PlainFirstLines.status(line) : PlainFirstLines.request(line);
    }

    private static void assertSameAsRi(String line, SIPObject plain) throws ParseException {
        SIPObject ri;
        try {
            ri = line.startsWith("SIP/2.0") ? new StatusLineParser(line + "\n").parse()
                    : new RequestLineParser(line + "\n").parse();
        } catch (ParseException | RuntimeException e) {
            throw new AssertionError("PlainFirstLines parsed what the RI refuses: " + line + " (" + e + ")", e);
        }
        assertThat(plain.encode()).as("encoding of %s", line).isEqualTo(ri.encode());
        assertThat(plain.equals(ri) && ri.equals(plain)).as("fields of %s", line).isTrue();
    }
}
