package org.voxgate.config.ios.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
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
import org.osgi.framework.BundleContext;
import org.voxgate.api.config.ConfigPids;

/** A sip-ua configuration stored before api.config 1.4 gets its passwords moved to the private keys at start. */
class SipUaPasswordMigrationTest {
    private static final Logger LOG = Logger.getLogger(SipUaPasswordMigration.class.getName());
    private final RunningConfigRoundTripTest.Store store;
    private final FakeConfigAdmin cm;
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

    SipUaPasswordMigrationTest() throws Exception {
        store = new RunningConfigRoundTripTest.Store();
        cm = store.cm;
    }

    @BeforeEach
    void listen() {
        LOG.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        LOG.removeHandler(capture);
    }

    @Test
    void legacyKeysAreMovedOnceWithOneInfoLineNamingTheKeysNotTheValues() throws Exception {
        cm.put(ConfigPids.SIP_UA, null, Map.of("credentials.username", "c", "credentials.password", "pw-c",
                "credentials.realm", "r", "authentication.username", "a", "authentication.password", "pw-a",
                "max.forwards", 20));
        String before = store.export();

        assertThat(SipUaPasswordMigration.run(cm.admin)).containsExactly("authentication.password", "credentials.password");
        assertThat(cm.props(ConfigPids.SIP_UA)).containsExactlyInAnyOrderEntriesOf(Map.of("credentials.username", "c",
                ".credentials.password", "pw-c", "credentials.realm", "r", "authentication.username", "a",
                ".authentication.password", "pw-a", "max.forwards", 20));
        assertThat(store.export()).as("show running-config is unchanged").isEqualTo(before);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.INFO);
            assertThat(r.getMessage()).contains("credentials.password -> .credentials.password")
                    .contains("authentication.password -> .authentication.password")
                    .doesNotContain("pw-c").doesNotContain("pw-a");
        });

        assertThat(SipUaPasswordMigration.run(cm.admin)).as("nothing left the next time").isEmpty();
        assertThat(cm.store.get(ConfigPids.SIP_UA).updates).isEqualTo(1);
        assertThat(records).hasSize(1);
    }

    @Test
    void aPrivateKeyAlreadyStoredWinsAndTheLegacyKeyIsDropped() throws Exception {
        cm.put(ConfigPids.SIP_UA, null, Map.of("authentication.username", "a", "authentication.password", "old",
                ".authentication.password", "new"));
        assertThat(SipUaPasswordMigration.run(cm.admin)).containsExactly("authentication.password");
        assertThat(cm.props(ConfigPids.SIP_UA)).containsExactlyInAnyOrderEntriesOf(Map.of("authentication.username", "a",
                ".authentication.password", "new"));
    }

    @Test
    void aConfigurationFromAnEtcFileIsLeftAloneWithAWarningToRenameTheKeysThere() throws Exception {
        // FileInstall (level 3, after this bundle) would apply the file again and undo the move at every start
        Map<String, Object> fromFile = Map.of("authentication.username", "a", "authentication.password", "pw-a",
                "felix.fileinstall.filename", "file:/home/gw/etc/org.voxgate.sipua.cfg");
        cm.put(ConfigPids.SIP_UA, null, fromFile);
        assertThat(SipUaPasswordMigration.run(cm.admin)).isEmpty();
        assertThat(cm.props(ConfigPids.SIP_UA)).isEqualTo(fromFile);
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains("file:/home/gw/etc/org.voxgate.sipua.cfg")
                    .contains("authentication.password -> .authentication.password").doesNotContain("pw-a");
        });
    }

    @Test
    void withoutLegacyKeysOrWithoutAConfigurationNothingIsWrittenOrLogged() throws Exception {
        assertThat(SipUaPasswordMigration.run(cm.admin)).isEmpty();
        assertThat(cm.store).as("no configuration created").isEmpty();
        cm.put(ConfigPids.SIP_UA, null, Map.of("authentication.username", "a", ".authentication.password", "pw"));
        assertThat(SipUaPasswordMigration.run(cm.admin)).isEmpty();
        assertThat(cm.store.get(ConfigPids.SIP_UA).updates).isZero();
        assertThat(records).isEmpty();
    }

    @Test
    void theIosConfigurationMovesThemWhenItActivates() {
        cm.put(ConfigPids.SIP_UA, null, Map.of("credentials.username", "c", "credentials.password", "pw-c",
                "credentials.realm", "r"));
        store.service.activate(contextWithoutStartupFile());
        assertThat(cm.props(ConfigPids.SIP_UA)).containsEntry(".credentials.password", "pw-c")
                .doesNotContainKey("credentials.password");
    }

    /** A BundleContext whose framework has no {@code voxgate.config.file}: activate only migrates. */
    private static BundleContext contextWithoutStartupFile() {
        return (BundleContext) Proxy.newProxyInstance(SipUaPasswordMigrationTest.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> null;
                    case "toString" -> "BundleContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
