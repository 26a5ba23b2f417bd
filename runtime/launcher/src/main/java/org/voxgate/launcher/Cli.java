package org.voxgate.launcher;

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
 * (0 ok, 1 command failed, 2 no instance / usage).
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
            Reply reply = run(socket, command.toString());
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
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap(command.getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            InputStream in = Channels.newInputStream(channel);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
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
