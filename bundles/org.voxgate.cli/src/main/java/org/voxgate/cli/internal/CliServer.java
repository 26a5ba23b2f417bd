package org.voxgate.cli.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The server side of {@code bin/voxgate-cli}: a Unix domain socket at {@code <home>/run/cli.sock}
 * in a directory only the owner can enter (0700; the socket itself 0600), so only the user who
 * runs the gateway (and root) can send commands. No network port is opened.
 * <p>
 * Protocol: the client writes one command line (UTF-8) ended by a newline, then its standard input, and
 * half-closes; the server runs the command in a fresh Gogo session whose keyboard
 * ({@code CommandSession.getKeyboard()}) is the rest of the stream, then writes the output,
 * {@link #TRAILER} and the exit status (0 or 1). A command without a newline (older clients) gets an empty
 * keyboard. IOS help: a command line {@code ?} runs {@code ios-help}, {@code WORDS ?} runs
 * {@code ios-help WORDS} (Gogo itself would expand {@code ?} as a file glob).
 */
@Component(immediate = true)
public class CliServer {
    static final String HOME_PROPERTY = "voxgate.home";
    static final String TRAILER = "\u0000voxgate-exit:";
    /** The IOS command list of the shell feature ({@code org.voxgate.shell}), run for {@code ?}. */
    static final String HELP_COMMAND = "ios-help";
    private static final int MAX_COMMAND_BYTES = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(CliServer.class.getName());

    @Reference
    private CommandProcessor processor;

    private ServerSocketChannel server;
    private Path socket;
    private ExecutorService workers;

    @Activate
    void activate(BundleContext context) throws IOException {
        String home = context.getProperty(HOME_PROPERTY);
        if (home == null) {
            LOG.warning("No " + HOME_PROPERTY + " framework property: voxgate-cli socket not opened");
            return;
        }
        Path run = Path.of(home, "run");
        Files.createDirectories(run);
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        socket = run.resolve("cli.sock");
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "voxgate-cli");
            t.setDaemon(true);
            return t;
        });
        Thread acceptor = new Thread(this::acceptLoop, "voxgate-cli-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("voxgate-cli socket at " + socket);
    }

    @Deactivate
    void deactivate() throws IOException {
        if (server != null) {
            server.close();
            workers.shutdownNow();
            try {
                workers.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Files.deleteIfExists(socket);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                workers.execute(() -> serve(client));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "voxgate-cli accept failed", e);
            }
        }
    }

    private void serve(SocketChannel client) {
        try (client) {
            InputStream in = new BufferedInputStream(Channels.newInputStream(client));
            String command = iosHelpShortcut(readCommand(in));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = execute(command, in, out);
            out.write(TRAILER.getBytes(StandardCharsets.UTF_8));
            out.write(Integer.toString(status).getBytes(StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.wrap(out.toByteArray());
            while (buffer.hasRemaining()) {
                client.write(buffer);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "voxgate-cli request failed", e);
        }
    }

    /** The first line of {@code in} (up to a newline or the end); the rest stays in {@code in} as the keyboard. */
    static String readCommand(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() == MAX_COMMAND_BYTES) {
                throw new IOException("command longer than " + MAX_COMMAND_BYTES + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8).strip();
    }

    /** IOS help keys: {@code ?} is {@code ios-help}, {@code show ?} is {@code ios-help show}. */
    static String iosHelpShortcut(String command) {
        if (command.equals("?")) {
            return HELP_COMMAND;
        }
        if (command.endsWith(" ?")) {
            return HELP_COMMAND + " " + command.substring(0, command.length() - 2).strip();
        }
        return command;
    }

    /** Runs one command line in its own Gogo session without a keyboard; 0 when it completed, 1 when it threw. */
    int execute(String command, ByteArrayOutputStream out) {
        return execute(command, InputStream.nullInputStream(), out);
    }

    /** Runs one command line in its own Gogo session reading {@code keyboard}; 0 when it completed, 1 when it threw. */
    int execute(String command, InputStream keyboard, ByteArrayOutputStream out) {
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(keyboard, ps, ps);
        // Unscoped names resolve in this order: Felix's own commands (uninstall, refresh...) before feature:*
        session.put("SCOPE", "voxgate:felix:gogo:scr:obr:*");
        try {
            Object result = session.execute(command);
            if (result != null) {
                CharSequence text = session.format(result, Converter.INSPECT);
                ps.print(text);
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    ps.println();
                }
            }
            return 0;
        } catch (Exception e) {
            ps.println(e.getMessage() == null ? e.toString() : e.getMessage());
            return 1;
        } finally {
            ps.flush();
            session.close();
        }
    }
}
