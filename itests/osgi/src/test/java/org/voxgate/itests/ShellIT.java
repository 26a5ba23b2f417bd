package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.voxgate.api.config.IosConfiguration;
import org.voxgate.api.sipua.SipStatistics;
import org.voxgate.api.sipua.SipUserAgent;

/** The Gogo commands, executed as an operator's session would, reading real state. */
@ExtendWith(ServiceExtension.class)
class ShellIT {

    @Test
    void showSipUaStatusReportsRealState(@InjectService(timeout = 10000) CommandProcessor processor,
            @InjectService(timeout = 10000) IosConfiguration ios, @InjectService(timeout = 10000) SipUserAgent ua)
            throws Exception {
        ios.apply("sip-ua\n max-forwards 10\n", "test");
        IosConfigurationIT.await(() -> ua.settings().maxForwards == 10);
        try {
            String out = run(processor, "show sip-ua status");
            assertThat(out).startsWith("SIP User Agent Status\n")
                    .contains("SIP User Agent for UDP : ENABLED\n")
                    .contains("SIP User Agent for TCP : ENABLED\n")
                    .contains("SIP max-forwards : 10\n");
        } finally {
            ios.apply("sip-ua\n no max-forwards\n", "test");
        }
    }

    @Test
    void unknownShowFormFails(@InjectService(timeout = 10000) CommandProcessor processor) {
        assertThatThrownBy(() -> run(processor, "show nonsense")).hasMessageContaining("Invalid input");
    }

    @Test
    void felixCommandsStayAvailable(@InjectService(timeout = 10000) CommandProcessor processor) throws Exception {
        assertThat(run(processor, "lb")).contains("Voxgate SIP stack").contains("Active");
        assertThat(run(processor, "scr:list")).contains("org.voxgate.transport.internal.ConfiguredTransports");
    }

    @Test
    void iosHelpListsTheVoxgateCommandsAndShowRunningConfigExports(@InjectService(timeout = 10000) CommandProcessor processor,
            @InjectService(timeout = 10000) IosConfiguration ios) throws Exception {
        assertThat(run(processor, "ios-help")).startsWith("Voxgate commands (IOS syntax):\n").contains("  configure ")
                .contains("  copy ").contains("  show ").contains("  ios-help ");
        ios.apply("sip-ua\n retry bye 4\n", "test");
        try {
            assertThat(run(processor, "show running-config")).contains("sip-ua\n retry bye 4\n!\n").endsWith("end\n");
        } finally {
            ios.apply("sip-ua\n no retry bye\n", "test");
        }
    }

    @Test
    void sipUaStatisticsCountTheOptionsAndClearZeroesThem(@InjectService(timeout = 10000) CommandProcessor processor,
            @InjectService(timeout = 10000) SipStatistics statistics) throws Exception {
        assertThat(SipProbe.awaitOptions200(10000, 2000)).isNotNegative(); // no OPTIONS left unanswered
        run(processor, "clear sip-ua statistics");
        assertThat(SipProbe.status(SipProbe.udp(SipProbe.options("UDP", "OPTIONS"), 5000))).isEqualTo(200);
        assertThat(IosConfigurationIT.await(() -> statistics.snapshot().responsesOut.getOrDefault("200", 0L) == 1)).isTrue();
        String out = run(processor, "show sip-ua statistics");
        assertThat(out).contains("\n      OkCancel 0/0, OkOptions 0/1,\n").contains("\n    Cancel 0/0, Options 1/0,\n");
        run(processor, "clear sip-ua statistics");
        assertThat(run(processor, "show sip-ua statistics")).contains("OkOptions 0/0,").contains("Options 0/0,");
    }

    @Test
    void debugCcsipMessagesTracesTheOptionsToTheLogUntilUndebugAll(@InjectService(timeout = 10000) CommandProcessor processor)
            throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override public void publish(LogRecord r) { trace.add(r.getMessage()); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger log = Logger.getLogger("org.voxgate.sip.trace");
        log.addHandler(capture);
        try {
            assertThat(run(processor, "debug ccsip messages")).contains("SIP message tracing to the log is on");
            String request = SipProbe.options("UDP", "OPTIONS");
            assertThat(SipProbe.status(SipProbe.udp(request, 5000))).isEqualTo(200);
            String callId = request.substring(request.indexOf("Call-ID: "), request.indexOf("\r\n", request.indexOf("Call-ID: ")));
            assertThat(IosConfigurationIT.await(() -> trace.stream().filter(t -> t.contains(callId)).count() == 2)).as("%s", trace).isTrue();
            assertThat(trace).anySatisfy(t -> assertThat(t).contains("\nReceived: ").contains("\nOPTIONS sip:127.0.0.1:"
                    + SipProbe.PORT + " SIP/2.0\n").contains(callId));
            assertThat(trace).anySatisfy(t -> assertThat(t).contains("\nSent: ").contains("\nSIP/2.0 200 OK\n").contains(callId));
            assertThat(run(processor, "undebug all")).contains("All possible debugging has been turned off");
            assertThat(run(processor, "show debugging")).as("no debugging left on").isEmpty();
        } finally {
            log.removeHandler(capture);
            run(processor, "undebug all");
        }
    }

    static String run(CommandProcessor processor, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, "UTF-8");
        CommandSession session = processor.createSession(InputStream.nullInputStream(), ps, ps);
        try {
            Object result = session.execute(command);
            if (result != null) {
                ps.print(session.format(result, org.apache.felix.service.command.Converter.INSPECT));
            }
            return out.toString("UTF-8");
        } finally {
            session.close();
        }
    }
}
