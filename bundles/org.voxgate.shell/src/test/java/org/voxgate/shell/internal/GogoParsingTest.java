package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.dialplan.DialplanExplanationDTO;

/** The words reach {@link ShowCommands#show} the way an operator types them in Gogo. */
class GogoParsingTest {
    private final ThreadIOImpl threadIo = new ThreadIOImpl();
    private final List<String> explained = new ArrayList<>();
    private CommandSession session;

    @BeforeEach
    void gogo() {
        threadIo.start();
        ShowCommands show = new ShowCommands();
        show.dialPlan = new DialPlan() {
            @Override
            public int huntScheme() {
                return 0;
            }

            @Override
            public List<DialPeerDTO> peers() {
                return List.of(Dtos.voip(10, "5...", "ipv4:10.0.0.1"));
            }

            @Override
            public DialplanExplanationDTO explain(String number) {
                explained.add(number);
                DialplanExplanationDTO e = new DialplanExplanationDTO();
                e.number = number;
                return e;
            }
        };
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIo);
        processor.addCommand("voxgate", show, "show");
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        session = processor.createSession(InputStream.nullInputStream(), out, out);
    }

    @AfterEach
    void close() {
        session.close();
        threadIo.stop();
    }

    @Test
    void numericTagAndDigitsArriveAsWords() throws Exception {
        assertThat((String) session.execute("show dial-peer voice 10")).startsWith("VoiceOverIpPeer10\n");
        session.execute("show dialplan number 0044123");
        session.execute("show dialplan number '*67#'");
        session.execute("show dialplan number 4#5");
        assertThat(explained).containsExactly("0044123", "*67#", "4#5");
    }

    @Test
    void unknownFormFailsThroughGogo() {
        assertThatThrownBy(() -> session.execute("show dial-peer voice 99")).hasMessage("% no dial-peer 99");
    }
}
