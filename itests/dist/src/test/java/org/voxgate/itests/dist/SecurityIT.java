package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The CLI's Unix socket gives a shell to whoever can open it: only the gateway's user may. */
class SecurityIT {
    private static final String CONFIG = """
            ! SecurityIT
            voice service voip
             sip
              listen-port non-secure 25660
            """;
    private Gateway gateway;

    @AfterEach
    void stop() {
        Gateway.closeAll(gateway);
    }

    @Test
    void cliSocketIsRwOwnerOnlyAndItsDirectoryRwxOwnerOnly() throws IOException {
        gateway = Gateway.start("security", CONFIG);
        Path run = gateway.home().resolve("run");
        Path socket = run.resolve("cli.sock");

        BasicFileAttributes attrs = Files.readAttributes(socket, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(attrs.isOther()).as("%s is a socket (neither file, directory nor link)", socket).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket, LinkOption.NOFOLLOW_LINKS)))
                .as("permissions of %s", socket).isEqualTo("rw-------");
        assertThat(Files.isSymbolicLink(run)).as("%s is not a symlink", run).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run, LinkOption.NOFOLLOW_LINKS)))
                .as("permissions of %s", run).isEqualTo("rwx------");
    }
}
