package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 3xx from the called side (semantics §1.8): with {@code sip-ua} redirection on (the default) the gateway follows
 * a 302 to its Contact and the call completes there; with {@code no redirection} the 302 is not followed and the
 * caller gets 480 Temporarily Unavailable.
 */
class RedirectFollowIT {
    private static final Duration SIPP_TIMEOUT = Duration.ofSeconds(60);
    private static final int CALLS = 20;
    private static final String MOVED_TO = "7707001";

    private Gateway gateway;
    private Sipp.Running moved;
    private Sipp.Running target;

    private static String config(int listenPort, boolean redirection) {
        return """
                ! RedirectFollowIT
                voice service voip
                 allow-connections sip to sip
                 sip
                  listen-port non-secure %d
                sip-ua
                 %sredirection
                !
                dial-peer voice 1 voip
                 description callee that moved (answers 302)
                 destination-pattern 6...
                 session protocol sipv2
                 session target ipv4:127.0.0.1:%d
                """.formatted(listenPort, redirection ? "" : "no ", Ports.REDIRECT_MOVED_UAS);
    }

    @AfterEach
    void stop() {
        for (Sipp.Running s : new Sipp.Running[] {moved, target}) {
            if (s != null && s.process().isAlive()) {
                s.stop();
            }
        }
        Gateway.closeAll(gateway);
    }

    /** The callee answering every INVITE with 302, Contact sip:7707001@127.0.0.1:REDIRECT_TARGET_UAS. */
    private Sipp.Running movedCallee(String label) {
        return SippCalls.callee(label, "uas-redirect.xml", Ports.REDIRECT_MOVED_UAS, CALLS, SIPP_TIMEOUT,
                "-key", "redirect_user", MOVED_TO, "-key", "redirect_port", Integer.toString(Ports.REDIRECT_TARGET_UAS));
    }

    @Test
    void a302IsFollowedToItsContactAndTheCallCompletesThere() throws IOException {
        gateway = Gateway.start("redirect-follow", config(Ports.REDIRECT_FOLLOW_SIP, true));
        assertThat(gateway.cli("show sip-ua status").output()).contains("Redirection (3xx) message handling: ENABLED");

        Path targetMessages = Gateway.itestDir().resolve("sipp").resolve("redirect-target-uas-messages.log");
        Files.deleteIfExists(targetMessages);
        moved = movedCallee("redirect-moved-uas");
        target = SippCalls.callee("redirect-target-uas", "uas-answer.xml", Ports.REDIRECT_TARGET_UAS, CALLS, SIPP_TIMEOUT,
                "-trace_msg", "-message_file", targetMessages.toString());
        Sipp.Result caller = SippCalls.caller("redirect-follow-uac", "uac-call.xml", Ports.REDIRECT_UAC,
                Ports.REDIRECT_FOLLOW_SIP, "6001", CALLS, 10, SIPP_TIMEOUT).await();

        SippCalls.assertCompleted(caller, target.await(), CALLS);
        SippCalls.assertAllSuccessful(moved.await(), CALLS); // each 302 was ACKed by the gateway

        // the gateway called the Contact of the 302: its user and address in the Request-URI
        List<String> invites = requestLines(Files.readString(targetMessages), "INVITE");
        assertThat(invites).as("INVITEs at the redirect target").hasSize(CALLS)
                .allMatch(l -> l.equals("INVITE sip:" + MOVED_TO + "@127.0.0.1:" + Ports.REDIRECT_TARGET_UAS + " SIP/2.0")
                        || l.startsWith("INVITE sip:" + MOVED_TO + "@127.0.0.1:" + Ports.REDIRECT_TARGET_UAS + ";"));
        assertThat(gateway.log()).contains("redirected (302)");
    }

    @Test
    void withNoRedirectionA302BecomesA480ForTheCaller() {
        gateway = Gateway.start("redirect-off", config(Ports.REDIRECT_OFF_SIP, false));
        assertThat(gateway.cli("show sip-ua status").output()).contains("Redirection (3xx) message handling: DISABLED");

        moved = movedCallee("redirect-off-moved-uas");
        Sipp.Result caller = SippCalls.caller("redirect-off-uac", "uac-call-480.xml", Ports.REDIRECT_UAC,
                Ports.REDIRECT_OFF_SIP, "6001", CALLS, 10, SIPP_TIMEOUT).await();

        SippCalls.assertCompleted(caller, moved.await(), CALLS); // caller: 480 and ACK; callee: 302 ACKed
        assertThat(gateway.log()).doesNotContain("redirected (");
    }

    /** The request lines of every received request of that method in a SIPp -trace_msg log. */
    private static List<String> requestLines(String messageLog, String method) {
        Matcher m = Pattern.compile("(?m)^\\s*(" + method + " sip:\\S+ SIP/2\\.0)\\s*$").matcher(messageLog);
        return m.results().map(r -> r.group(1)).toList();
    }
}
