package org.voxgate.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bin/voxgate-cli [--home DIR] "COMMAND"}: runs one shell command in the running instance of
 * that home over its owner-only Unix socket, prints the output, exits with the command's status
 * (0 ok, 1 command failed, 2 no instance / usage). Standard input is streamed to the command as its
 * keyboard ({@code voxgate-cli "configure terminal" < site.txt}) until it ends or the command is done.
 */
public final class Cli {
    static final String TRAILER = "\u0000voxgate-exit:";

    private Cli() {}

    public static void main(String[] args) {
        String home = System.getProperty("voxgate.install", ".");
        StringBuilder command = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) {
                home = args[++i];
            } else {
                command.append(command.length() == 0 ? "" : " ").append(args[i]);
            }
        }
        if (command.length() == 0) {
            System.err.println("usage: voxgate-cli [--home DIR] \"COMMAND\"");
            System.exit(2);
        }
        Path socket = Path.of(home, "run", "cli.sock");
        if (!Files.exists(socket)) {
            System.err.println("No running Voxgate instance for home " + home + " (" + socket + " missing)");
            System.exit(2);
        }
        try {
            Reply reply = run(socket, command.toString(), System.in);
            System.out.print(reply.output());
            System.out.flush();
            System.exit(reply.status());
        } catch (IOException e) {
            System.err.println("Cannot reach Voxgate at " + socket + ": " + e.getMessage());
            System.exit(2);
        }
    }

    record Reply(String output, int status) {}

    static Reply run(Path socket, String command) throws IOException {
        return run(socket, command, InputStream.nullInputStream());
    }

    /**
     * Sends the command line, then {@code keyboard} on another thread until it ends (then half-closes), and
     * reads the reply. The gateway may answer and close before the keyboard is used up: the rest is dropped.
     */
    static Reply run(Path socket, String command, InputStream keyboard) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            writeAll(channel, (command.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8), 0, -1);
            Thread pump = new Thread(() -> pump(keyboard, channel), "voxgate-cli-stdin");
            pump.setDaemon(true);
            pump.start();
            return readReply(Channels.newInputStream(channel));
        }
    }

    /** Copies the keyboard to the socket (channel writes, not a stream: a stream would wait for the reader's lock). */
    private static void pump(InputStream keyboard, SocketChannel channel) {
        byte[] buffer = new byte[8192];
        try {
            for (int n = keyboard.read(buffer); n >= 0; n = keyboard.read(buffer)) {
                writeAll(channel, buffer, 0, n);
            }
            channel.shutdownOutput();
        } catch (IOException e) {
            // the command has ended and the gateway closed the connection: the rest of the input is not needed
        }
    }

    private static void writeAll(SocketChannel channel, byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(bytes, offset, length < 0 ? bytes.length : length);
        while (out.hasRemaining()) {
            channel.write(out);
        }
    }

    /**
     * Reads up to the end of the reply. Closing a Unix socket that still holds unread input resets it, so an
     * error after the trailer (the gateway closed while input was still coming) still counts as the end.
     */
    static Reply readReply(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                raw.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (!raw.toString(StandardCharsets.UTF_8).contains(TRAILER)) {
                throw e;
            }
        }
        return parse(raw.toString(StandardCharsets.UTF_8));
    }

    static Reply parse(String raw) throws IOException {
        int at = raw.lastIndexOf(TRAILER);
        if (at < 0) {
            throw new IOException("incomplete reply (instance stopped?)");
        }
        int status = Integer.parseInt(raw.substring(at + TRAILER.length()).trim());
        return new Reply(raw.substring(0, at), status);
    }
}
