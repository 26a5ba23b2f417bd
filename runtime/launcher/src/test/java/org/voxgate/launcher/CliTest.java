package org.voxgate.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client side of the CLI protocol against a stand-in server on a real Unix socket. */
class CliTest {
    private Path dir;
    private Path socket;
    private ServerSocketChannel server;

    @BeforeEach
    void listen() throws Exception {
        dir = Files.createTempDirectory("clitest");
        socket = dir.resolve("cli.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
    }

    @AfterEach
    void close() throws Exception {
        server.close();
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
    }

    /** Serves one connection: {@code answer} gets everything the client sent before it half-closed. */
    private CompletableFuture<String> serveOnce(Function<String, String> answer, boolean readToEnd) {
        return CompletableFuture.supplyAsync(() -> {
            try (SocketChannel c = server.accept()) {
                InputStream in = Channels.newInputStream(c);
                String received;
                if (readToEnd) {
                    received = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                        line.write(b);
                    }
                    received = line.toString(StandardCharsets.UTF_8) + "\n";
                }
                c.write(ByteBuffer.wrap((answer.apply(received) + Cli.TRAILER + "0").getBytes(StandardCharsets.UTF_8)));
                return received;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theCommandLineAndThenStandardInputAreSent() throws Exception {
        CompletableFuture<String> received = serveOnce(r -> "got " + r.length() + " bytes\n", true);
        Cli.Reply reply = Cli.run(socket, "configure terminal",
                new ByteArrayInputStream("sip-ua\n max-forwards 10\nend\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo("configure terminal\nsip-ua\n max-forwards 10\nend\n");
        assertThat(reply.status()).isZero();
        assertThat(reply.output()).isEqualTo("got 47 bytes\n");
    }

    @Test
    void aReplyBeforeTheInputEndsIsTakenAndTheRestOfTheInputDropped() throws Exception {
        CompletableFuture<String> received = serveOnce(r -> "shown\n", false);
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream keyboard = new PipedInputStream(typing);
        typing.write("typed ahead, never read\n".getBytes(StandardCharsets.UTF_8)); // a terminal that stays open
        Cli.Reply reply = Cli.run(socket, "show sip-ua status", keyboard);
        assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo("show sip-ua status\n");
        assertThat(reply.output()).isEqualTo("shown\n");
        assertThat(reply.status()).isZero();
        typing.close();
    }
}
