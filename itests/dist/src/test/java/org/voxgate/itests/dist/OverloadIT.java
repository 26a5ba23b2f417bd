package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Overload control (docs/adr/0011) against real SIPp: a burst of new calls that a gateway just started cannot set
 * up as fast as they come, with {@code overload.delay.ms} at 1 ms so that any queueing counts. Every call must end
 * one of two ways, never by a timeout: set up, talked and hung up, or refused at once with a stateless 503 (with
 * Retry-After) that the caller ACKs.
 */
class OverloadIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(90);
    private static final int CALLS = 1000;
    private static final int RATE = 1000;
    private static final String CONFIG = """
            ! OverloadIT: SIP-to-SIP between SIPp caller and callee on 127.0.0.1
            voice service voip
             allow-connections sip to sip
             sip
              listen-port non-secure %d
            dial-peer voice 1 voip
             destination-pattern 6...
             session protocol sipv2
             session target ipv4:127.0.0.1:%d
            """.formatted(Ports.OVERLOAD_SIP, Ports.OVERLOAD_UAS);
    private Gateway gateway;
    private Sipp.Running callee;

    @AfterEach
    void stop() {
        if (callee != null) {
            callee.stop();
        }
        Gateway.closeAll(gateway);
    }

    @Test
    void aBurstOfNewCallsIsPartlyRefusedWith503AndEveryOtherCallCompletes() throws IOException {
        Path home = Files.createTempDirectory("voxgate-overload-").resolve("home");
        Files.createDirectories(home.resolve("etc"));
        Files.writeString(home.resolve("etc").resolve("org.voxgate.sip.cfg"), "overload.delay.ms = 1\n");
        gateway = Gateway.startIn("overload", CONFIG, home);

        callee = Sipp.server("overload-uas", "uas-answer.xml", Sipp.Transport.UDP, Ports.OVERLOAD_UAS, CALLS,
                SIPP_TIMEOUT);
        Path trace = Gateway.itestDir().resolve("sipp").resolve("overload-uac-messages.log");
        Files.createDirectories(trace.getParent());
        Files.deleteIfExists(trace);
        Sipp.Result caller = Sipp.call("overload-uac", "uac-call-or-503.xml", Sipp.Transport.UDP, Ports.OVERLOAD_UAC,
                Ports.OVERLOAD_SIP, "6001", CALLS, RATE, SIPP_TIMEOUT,
                java.util.List.of("-trace_msg", "-message_file", trace.toString()));

        // every call reached the end of one of the two paths: none failed, none timed out
        SippCalls.assertAllSuccessful(caller, CALLS);
        int refused = received(caller.output(), "503 <-+\\s+");
        int answered = received(caller.output(), "200 <-+\\s+E-RTD1\\s+"); // the INVITE's 200 (it ends the RTD)
        assertThat(refused).as("calls refused with 503\n" + caller.describe()).isPositive();
        assertThat(answered).as("calls answered\n" + caller.describe()).isPositive();
        assertThat(refused + answered).as("each call answered or refused").isEqualTo(CALLS);

        String messages = Files.readString(trace);
        Matcher m = Pattern.compile("SIP/2\\.0 503 [^\\r\\n]*\\R(?:.+\\R)*?Retry-After: 5\\b").matcher(messages);
        assertThat(m.find()).as("a 503 with Retry-After: 5 in the caller's message trace").isTrue();
        assertThat(gateway.log()).contains("Overload: ").contains("new call(s) refused with 503");
    }

    /** Messages received at the scenario step whose screen line starts so (SIPp's last screen is the final one). */
    private static int received(String screen, String step) {
        Matcher m = Pattern.compile("(?m)^\\s*" + step + "(\\d+)").matcher(screen);
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1)); // the screen is printed more than once; the last one is final
        }
        return last;
    }
}
