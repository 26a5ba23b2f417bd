package org.voxgate.itests.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CLI's Unix socket gives a shell to whoever can open it: only the gateway's user may. The {@code sip-ua}
 * digest passwords are not service properties, which every bundle can read.
 */
class SecurityIT {
    private static final String CONFIG = """
            ! SecurityIT
            voice service voip
             sip
              listen-port non-secure 25660
            """;
    /** Clear passwords of {@code sip-ua} and their IOS type 7 text as {@code show running-config} prints it (offset 02). */
    private static final String CREDENTIALS_PASSWORD = "Cred-s3cret";
    private static final String CREDENTIALS_TYPE7 = "0225165E0F4B1C724F5C0C0D";
    private static final String AUTHENTICATION_PASSWORD = "Auth-s3cret";
    private static final String AUTHENTICATION_TYPE7 = "0227114F034B1C724F5C0C0D";
    /** The bundles whose components take PID org.voxgate.sipua as configuration and register a service. */
    private static final List<String> SIP_UA_BUNDLES = List.of("org.voxgate.call", "org.voxgate.dtmf.sipnotify",
            "org.voxgate.registrar.client");
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

    /**
     * DS publishes every configuration property without a leading '.' as a service property, so clear passwords
     * stored under such keys would be readable by any bundle and printed by {@code inspect cap service}.
     */
    @Test
    void sipUaPasswordsAreNotServicePropertiesButStayInTheRunningConfig() {
        gateway = Gateway.start("security-sip-ua-passwords", CONFIG + """
                sip-ua
                 credentials username cred-user password %s realm example.test
                 authentication username auth-user password 0 %s
                 retry register 3
                """.formatted(CREDENTIALS_PASSWORD, AUTHENTICATION_PASSWORD));

        // Without bundle ids: the services of every bundle. The three services carry the other sip-ua properties,
        // so they are the ones configured with the passwords (waited for: level 3 bundles may still be starting).
        String inspect = gateway.awaitCli("inspect cap service",
                out -> SIP_UA_BUNDLES.stream().allMatch(b -> hasSipUaProperties(servicesOf(b, out))),
                Duration.ofSeconds(20), "the sip-ua services of " + SIP_UA_BUNDLES + " with their sip-ua properties");
        assertThat(inspect).doesNotContain(CREDENTIALS_PASSWORD, AUTHENTICATION_PASSWORD);

        Gateway.CliResult running = gateway.cli("show running-config");
        assertThat(running.exitCode()).as(running.toString()).isZero();
        assertThat(running.output())
                .contains(" credentials username cred-user password 7 " + CREDENTIALS_TYPE7 + " realm example.test\n")
                .contains(" authentication username auth-user password 7 " + AUTHENTICATION_TYPE7 + "\n")
                .doesNotContain(CREDENTIALS_PASSWORD, AUTHENTICATION_PASSWORD);
    }

    private static boolean hasSipUaProperties(String services) {
        return services.contains("service.pid = org.voxgate.sipua") && services.contains("credentials.username = cred-user")
                && services.contains("authentication.username = auth-user") && services.contains("retry.register = 3");
    }

    /**
     * The part of {@code inspect cap service} output about one bundle: from its "NAME [ID] provides:" line to the
     * next bundle's; empty when the bundle is not listed.
     */
    private static String servicesOf(String bundle, String inspect) {
        int from = inspect.indexOf("\n" + bundle + " [");
        if (from < 0) {
            return "";
        }
        int next = inspect.indexOf(" provides:\n", inspect.indexOf(" provides:\n", from) + 1);
        int end = next < 0 ? inspect.length() : inspect.lastIndexOf('\n', next);
        return inspect.substring(from, end);
    }
}
