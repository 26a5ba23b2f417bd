package org.voxgate.shell.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.IosConfiguration;

/**
 * IOS configuration commands: {@code configure terminal} (lines from the session's keyboard until
 * {@code end}, Ctrl-Z or the end of input) and {@code copy FILE running-config} /
 * {@code copy running-config FILE}. Input is applied as one transaction: every line is validated first and
 * an error applies nothing, names the line and fails the command (exit 1 from {@code voxgate-cli}).
 */
@Component(service = ConfigCommands.class, property = {"osgi.command.scope=voxgate",
    "osgi.command.function=configure", "osgi.command.function=copy"})
public class ConfigCommands {
    static final String RUNNING_CONFIG = "running-config";
    static final String NO_IOS = "% IOS configuration not available (feature voxgate-core not installed?)";
    static final String BANNER = "Enter configuration commands, one per line.  End with 'end' or CNTL/Z.";
    private static final char CTRL_Z = '\u001a';

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile IosConfiguration ios;

    @Descriptor("configure terminal: read IOS configuration lines from the keyboard (voxgate-cli: standard input) until"
            + " 'end', Ctrl-Z or the end of input, then validate them all and apply them as one transaction")
    public String configure(CommandSession session, @Descriptor("terminal") String... words) throws IOException {
        if (words == null || words.length != 1 || words[0].isEmpty()
                || !"terminal".startsWith(words[0].toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("% Invalid input: configure terminal expected");
        }
        IosConfiguration config = ios();
        session.getConsole().println(BANNER);
        session.getConsole().flush();
        String text = readUntilEnd(session.getKeyboard());
        return apply(config, text, "terminal");
    }

    @Descriptor("copy FILE running-config: validate the IOS configuration in FILE, then apply it as one transaction;"
            + " copy running-config FILE: write show running-config to FILE")
    public String copy(CommandSession session, @Descriptor("source: FILE or running-config") String from,
            @Descriptor("destination: running-config or FILE") String to) throws IOException {
        IosConfiguration config = ios();
        if (to.equalsIgnoreCase(RUNNING_CONFIG) && !from.equalsIgnoreCase(RUNNING_CONFIG)) {
            Path file = resolve(session, from);
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("% Cannot read " + file + ": " + e.getMessage(), e);
            }
            return apply(config, text, file.toString());
        }
        if (from.equalsIgnoreCase(RUNNING_CONFIG) && !to.equalsIgnoreCase(RUNNING_CONFIG)) {
            Path file = resolve(session, to);
            String text = config.runningConfig();
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return text.getBytes(StandardCharsets.UTF_8).length + " bytes copied to " + file + "\n";
        }
        throw new IllegalArgumentException("% Invalid input: copy FILE running-config or copy running-config FILE expected");
    }

    /** Lines up to {@code end} (not included), a Ctrl-Z (the text before it included) or the end of input. */
    static String readUntilEnd(InputStream keyboard) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(keyboard, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int ctrlZ = line.indexOf(CTRL_Z);
            if (ctrlZ >= 0) {
                text.append(line, 0, ctrlZ).append('\n');
                break;
            }
            if (line.strip().equalsIgnoreCase("end")) {
                break;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private static String apply(IosConfiguration config, String text, String source) {
        try {
            ApplyReport report = config.apply(text, source);
            return ApplyReportFormatter.format(source, report);
        } catch (IosConfigException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n% Nothing was applied", e);
        }
    }

    /** A relative name is taken from the session's current directory (the gateway's, for voxgate-cli). */
    private static Path resolve(CommandSession session, String name) {
        Path p = Path.of(name);
        Path dir = session.currentDir();
        return p.isAbsolute() || dir == null ? p.toAbsolutePath() : dir.resolve(p);
    }

    private IosConfiguration ios() {
        IosConfiguration config = ios;
        if (config == null) {
            throw new IllegalStateException(NO_IOS);
        }
        return config;
    }
}
