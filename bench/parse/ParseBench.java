import java.nio.charset.StandardCharsets;
import java.util.List;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.StringMsgParser;
import org.voxgate.sip.internal.parse.PlainMessageParser;

/**
 * Time per message of the RI's parser and of Voxgate's (plain forms first), on the messages of the benchmarks:
 * SIPp's REGISTER, INVITE, 200 OK and BYE. One thread, warm (each round parses every message 200,000 times).
 * Run by bench/parse/run; prints time and bytes allocated per message, one line per parser and message.
 */
public class ParseBench {
    static final String REGISTER = "REGISTER sip:127.0.0.1:15510 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:15501;branch=z9hG4bK-4242-1-0\r\n"
            + "From: <sip:u000001@127.0.0.1:15510>;tag=4242r1\r\n"
            + "To: <sip:u000001@127.0.0.1:15510>\r\n"
            + "Call-ID: 1-4242@127.0.0.1\r\n"
            + "CSeq: 1 REGISTER\r\n"
            + "Contact: <sip:u000001@127.0.0.1:15501;transport=UDP>\r\n"
            + "Expires: 3600\r\n"
            + "Max-Forwards: 70\r\n"
            + "Content-Length: 0\r\n\r\n";
    static final String INVITE = "INVITE sip:4404123@127.0.0.1:15510 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:15501;branch=z9hG4bK-4242-1-0\r\n"
            + "From: sipp <sip:sipp@127.0.0.1:15501>;tag=4242SIPpTag001\r\n"
            + "To: sut <sip:4404123@127.0.0.1:15510>\r\n"
            + "Call-ID: 1-4242@127.0.0.1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Contact: sip:sipp@127.0.0.1:15501\r\n"
            + "Max-Forwards: 70\r\n"
            + "Subject: Performance Test\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: 129\r\n\r\n"
            + "v=0\r\no=user1 53655765 2353687637 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
            + "m=audio 6000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n";
    static final String OK = "SIP/2.0 200 OK\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:15510;branch=z9hG4bK-vox-1;rport=15510\r\n"
            + "From: <sip:4404123@127.0.0.1:15510>;tag=vox-1\r\n"
            + "To: <sip:4404123@127.0.0.1:15502>;tag=4242SIPpTag011\r\n"
            + "Call-ID: vox-1@127.0.0.1\r\n"
            + "CSeq: 1 INVITE\r\n"
            + "Contact: <sip:127.0.0.1:15502;transport=UDP>\r\n"
            + "Content-Type: application/sdp\r\n"
            + "Content-Length: 0\r\n\r\n";
    static final String BYE = "BYE sip:4404123@127.0.0.1:15510 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:15501;branch=z9hG4bK-4242-1-5\r\n"
            + "From: sipp <sip:sipp@127.0.0.1:15501>;tag=4242SIPpTag001\r\n"
            + "To: sut <sip:4404123@127.0.0.1:15510>;tag=vox-2\r\n"
            + "Call-ID: 1-4242@127.0.0.1\r\n"
            + "CSeq: 2 BYE\r\n"
            + "Contact: sip:sipp@127.0.0.1:15501\r\n"
            + "Max-Forwards: 70\r\n"
            + "Content-Length: 0\r\n\r\n";

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int n = 200_000;
        List<String> names = List.of("REGISTER", "INVITE", "200 OK", "BYE");
        List<String> texts = List.of(REGISTER, INVITE, OK, BYE);
        MessageParser[] parsers = {new StringMsgParser(), new PlainMessageParser()};
        String[] parserNames = {"RI StringMsgParser", "Voxgate PlainMessageParser"};
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int m = 0; m < texts.size(); m++) {
                byte[] bytes = texts.get(m).getBytes(StandardCharsets.UTF_8);
                for (int p = 0; p < parsers.length; p++) {
                    long b0 = threads.getThreadAllocatedBytes(self);
                    long t0 = System.nanoTime();
                    for (int i = 0; i < n; i++) {
                        SIPMessage msg = parsers[p].parseSIPMessage(bytes, true, false, null);
                        sink += msg.getCSeq().getSeqNumber();
                    }
                    long ns = (System.nanoTime() - t0) / n;
                    long allocated = (threads.getThreadAllocatedBytes(self) - b0) / n;
                    if (r == rounds - 1 || args.length > 1) {
                        System.out.printf("round %d  %-26s %-8s %6.2f us/message %6d bytes/message%n", r,
                                parserNames[p], names.get(m), ns / 1000.0, allocated);
                    }
                }
            }
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
