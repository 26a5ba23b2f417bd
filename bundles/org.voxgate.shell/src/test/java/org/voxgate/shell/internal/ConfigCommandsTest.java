package org.voxgate.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.IosConfiguration;

/** {@code configure terminal} and {@code copy}, run through Gogo as an operator's session would. */
class ConfigCommandsTest {
    private final ThreadIOImpl threadIo = new ThreadIOImpl();
    private final List<String> applied = new ArrayList<>();
    private final ConfigCommands commands = new ConfigCommands();
    private CommandProcessorImpl processor;
    private ByteArrayOutputStream console;

    @TempDir
    Path dir;

    /** Applies anything except a line containing "bad", which it refuses as IOS would. */
    private final IosConfiguration ios = new IosConfiguration() {
        @Override
        public ApplyReport apply(String text, String source) throws IosConfigException {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("bad")) {
                    throw new IosConfigException(i + 1, lines[i], "out of range");
                }
            }
            applied.add(text);
            ApplyReport r = new ApplyReport();
            r.commands = (int) text.lines().filter(l -> !l.isBlank()).count();
            r.changedPids = List.of("org.voxgate.sipua");
            r.notYetActive = List.of("line 2: retry bye 3 (stored; not active yet)");
            return r;
        }

        @Override
        public String runningConfig() {
            return "!\nsip-ua\n max-forwards 10\n!\nend\n";
        }
    };

    @BeforeEach
    void gogo() {
        threadIo.start();
        processor = new CommandProcessorImpl(threadIo);
        processor.addCommand("voxgate", commands, "configure");
        processor.addCommand("voxgate", commands, "copy");
        commands.ios = ios;
    }

    @AfterEach
    void stop() {
        threadIo.stop();
    }

    private Object run(String command, String keyboard) throws Exception {
        console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(new ByteArrayInputStream(keyboard.getBytes(StandardCharsets.UTF_8)),
                out, out);
        session.currentDir(dir);
        try {
            return session.execute(command);
        } finally {
            session.close();
        }
    }

    @Test
    void configureTerminalAppliesTheLinesUpToEndAsOneText() throws Exception {
        Object out = run("configure terminal", "sip-ua\n retry bye 3\nend\nsip-ua\n max-forwards 1\n");
        assertThat(applied).containsExactly("sip-ua\n retry bye 3\n");
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith(ConfigCommands.BANNER);
        assertThat(out).isEqualTo("Applied 2 commands from terminal\nChanged: org.voxgate.sipua\nNot active yet:\n"
                + " line 2: retry bye 3 (stored; not active yet)\n");
    }

    @Test
    void ctrlZOrTheEndOfInputEndTheTextToo() throws Exception {
        run("configure t", "sip-ua\n max-forwards 10\u001a\nignored\n");
        run("configure terminal", "sip-ua\n max-forwards 11");
        assertThat(applied).containsExactly("sip-ua\n max-forwards 10\n", "sip-ua\n max-forwards 11\n");
    }

    @Test
    void aBadLineFailsTheCommandNamesTheLineAndAppliesNothing() {
        assertThatThrownBy(() -> run("configure terminal", "sip-ua\n max-forwards 10\n bad 99\nend\n"))
                .hasMessageStartingWith("% Invalid input detected at line 3: 'bad 99': out of range")
                .hasMessageEndingWith("% Nothing was applied");
        assertThat(applied).isEmpty();
    }

    @Test
    void configureNeedsTerminal() {
        assertThatThrownBy(() -> run("configure", "")).hasMessageContaining("configure terminal expected");
        assertThatThrownBy(() -> run("configure memory", "")).hasMessageContaining("configure terminal expected");
    }

    @Test
    void copyFileRunningConfigAppliesTheFileRelativeToTheSessionDirectory() throws Exception {
        Files.writeString(dir.resolve("site.txt"), "sip-ua\n retry bye 3\n");
        Object out = run("copy site.txt running-config", "");
        assertThat(applied).containsExactly("sip-ua\n retry bye 3\n");
        assertThat(out.toString()).startsWith("Applied 2 commands from " + dir.resolve("site.txt") + "\n");
    }

    @Test
    void copyOfABadFileFailsWithTheLineNumber() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), "sip-ua\n!\n!\n!\n bad 99\n");
        assertThatThrownBy(() -> run("copy " + file + " running-config", ""))
                .hasMessageStartingWith("% Invalid input detected at line 5");
        assertThat(applied).isEmpty();
        assertThatThrownBy(() -> run("copy missing.txt running-config", "")).hasMessageStartingWith("% Cannot read");
    }

    @Test
    void copyRunningConfigFileWritesTheExport() throws Exception {
        Object out = run("copy running-config saved.txt", "");
        assertThat(Files.readString(dir.resolve("saved.txt"))).isEqualTo(ios.runningConfig());
        assertThat(out.toString()).contains("bytes copied to " + dir.resolve("saved.txt"));
        assertThatThrownBy(() -> run("copy a.txt b.txt", "")).hasMessageContaining("copy FILE running-config");
    }

    @Test
    void withoutTheConfigurationServiceTheCommandsFailClearly() {
        commands.ios = null;
        assertThatThrownBy(() -> run("configure terminal", "")).hasMessage(ConfigCommands.NO_IOS);
    }
}
