package org.voxgate.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.voxgate.api.config.IosConfiguration;
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
