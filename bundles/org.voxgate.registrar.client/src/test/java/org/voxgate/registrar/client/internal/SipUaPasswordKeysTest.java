package org.voxgate.registrar.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sip-ua passwords are read from their private keys ({@code .credentials.password}, {@code .authentication.password});
 * the keys written before (published as service properties) still work, with a WARNING that never shows the value.
 */
class SipUaPasswordKeysTest {
    private static final Logger LOG = Logger.getLogger(SipUaSettings.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void listen() {
        LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(capture);
    }

    @Test
    void thePrivateKeysAreReadWithoutAWarning() {
        SipUaSettings ua = SipUaSettings.from(Map.of("credentials.username", "cred", ".credentials.password", "p-cred",
                "credentials.realm", "example.com",
                "authentication.username", "auth", ".authentication.password", "p-auth"));
        assertThat(ua.credentialsFor("4001", "example.com").password()).isEqualTo("p-cred");
        assertThat(ua.credentialsFor("4001", "other.com").password()).isEqualTo("p-auth");
        assertThat(records).isEmpty();
    }

    @Test
    void theLegacyKeysStillAuthenticateWithOneWarningPerConfigurationNamingTheKeysNotTheValues() {
        SipUaSettings ua = SipUaSettings.from(Map.of("credentials.username", "cred", "credentials.password", "p-cred",
                "credentials.realm", "example.com", "authentication.username", "auth", "authentication.password", "p-auth"));
        assertThat(ua.credentialsFor("4001", "example.com").password()).isEqualTo("p-cred");
        assertThat(ua.credentialsFor("4001", "other.com").password()).isEqualTo("p-auth");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains("credentials.password and authentication.password")
                    .contains("service property").contains(".credentials.password").contains(".authentication.password")
                    .doesNotContain("p-cred").doesNotContain("p-auth");
        });

        SipUaSettings.from(Map.of("authentication.username", "auth", "authentication.password", "p-auth"));
        assertThat(records).as("again at the next configuration update").hasSize(2);
        assertThat(records.get(1).getMessage()).contains("sip-ua authentication.password:").doesNotContain("p-auth");
    }

    @Test
    void aPrivateKeyWinsOverItsLegacyKeyWhichIsStillReported() {
        SipUaSettings ua = SipUaSettings.from(Map.of("authentication.username", "auth",
                ".authentication.password", "p-new", "authentication.password", "p-old"));
        assertThat(ua.credentialsFor("4001", "any").password()).isEqualTo("p-new");
        assertThat(records).as("the legacy key is still a service property").singleElement()
                .satisfies(r -> assertThat(r.getMessage()).contains("authentication.password").doesNotContain("p-old"));
    }
}
