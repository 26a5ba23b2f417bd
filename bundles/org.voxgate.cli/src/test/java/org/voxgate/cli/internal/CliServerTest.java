package org.voxgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CliServerTest {
    private final ThreadIOImpl threadIo = new ThreadIOImpl();

    /** A command that reads its keyboard to the end, as {@code configure terminal} does. */
    public static final class Echo {
        public String lines(CommandSession session) throws IOException {
            List<String> lines = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(session.getKeyboard(), StandardCharsets.UTF_8));
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
            return String.join("|", lines);
        }
    }

    @AfterEach
    void stop() {
        threadIo.stop();
    }

    @Test
    void theFirstLineIsTheCommandAndTheRestStaysForTheKeyboard() throws Exception {
        InputStream in = new ByteArrayInputStream("configure terminal\nsip-ua\n max-forwards 10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CliServer.readCommand(in)).isEqualTo("configure terminal");
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("sip-ua\n max-forwards 10\n");
    }

    @Test
    void aCommandWithoutNewlineFromAnOlderClientIsReadToTheEnd() throws Exception {
        InputStream in = new ByteArrayInputStream(" show sip-ua status ".getBytes(StandardCharsets.UTF_8));
        assertThat(CliServer.readCommand(in)).isEqualTo("show sip-ua status");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void anOverlongCommandIsRefused() {
        byte[] big = new byte[64 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> CliServer.readCommand(new ByteArrayInputStream(big))).isInstanceOf(IOException.class);
    }

    @Test
    void questionMarkRunsIosHelp() {
        assertThat(CliServer.iosHelpShortcut("?")).isEqualTo("ios-help");
        assertThat(CliServer.iosHelpShortcut("show ?")).isEqualTo("ios-help show");
        assertThat(CliServer.iosHelpShortcut("show sip-ua status")).isEqualTo("show sip-ua status");
        assertThat(CliServer.iosHelpShortcut("grep a?c")).isEqualTo("grep a?c");
    }

    @Test
    void theCommandReadsTheRestOfTheStreamAsItsKeyboard() throws Exception {
        threadIo.start();
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIo);
        processor.addCommand("test", new Echo(), "lines");
        CliServer server = new CliServer();
        Field f = CliServer.class.getDeclaredField("processor");
        f.setAccessible(true);
        f.set(server, processor);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = server.execute("lines", new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8)), out);
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a|b\n");
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(server.execute("lines", none)).isZero();
        assertThat(none.toString(StandardCharsets.UTF_8)).isEqualTo("");
        ByteArrayOutputStream failed = new ByteArrayOutputStream();
        assertThat(server.execute("nonsense-command", failed)).isEqualTo(1);
    }
}
