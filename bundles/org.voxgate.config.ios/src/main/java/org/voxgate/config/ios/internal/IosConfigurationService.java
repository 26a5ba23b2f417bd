package org.voxgate.config.ios.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.IosConfiguration;

/**
 * IOS configuration text into Config Admin: validate the whole text, then write each PID once; and back
 * ({@link #runningConfig()}).
 * At start it moves the {@code sip-ua} passwords of an older configuration to their private keys
 * ({@link SipUaPasswordMigration}), then merges the file named by the framework property {@value #STARTUP_FILE}
 * ({@code bin/voxgate --config FILE}); this bundle starts before the transports so that they open
 * the configured ports, not the defaults.
 */
@Component(immediate = true, service = IosConfiguration.class)
public class IosConfigurationService implements IosConfiguration {
    static final String STARTUP_FILE = "voxgate.config.file";
    /** Set when the startup file is refused; the launcher then stops with a non-zero exit code. */
    static final String STARTUP_FAILURE = "voxgate.startup.failure";
    private static final Logger LOG = Logger.getLogger(IosConfigurationService.class.getName());

    @Reference
    private ConfigurationAdmin configAdmin;

    private final IosParser parser = new IosParser(VoiceGrammar.create());

    @Activate
    void activate(BundleContext context) {
        migrateSipUaPasswords();
        String file = context.getProperty(STARTUP_FILE);
        if (file == null || file.isBlank()) {
            return;
        }
        // Once per framework run: reinstalling this bundle live (feature:install voxgate-core) must not
        // overwrite what the operator has changed since the start with the start file.
        String appliedKey = "voxgate.config.applied." + context.getProperty(Constants.FRAMEWORK_UUID);
        if (System.getProperty(appliedKey) != null) {
            return;
        }
        try {
            ApplyReport report = apply(Files.readString(Path.of(file)), file);
            System.setProperty(appliedKey, file);
            LOG.info("Startup configuration " + file + ": " + report.commands + " commands, changed " + report.changedPids);
        } catch (IosConfigException e) {
            fail(file + ": " + e.getMessage());
        } catch (IOException e) {
            fail("Cannot read startup configuration " + file + ": " + e);
        }
    }

    /**
     * Before the startup file and before the components of level 3 read the sip-ua configuration: its passwords
     * under the old keys would be published as service properties. A failure here must not stop the gateway.
     */
    private void migrateSipUaPasswords() {
        try {
            SipUaPasswordMigration.run(configAdmin);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Could not move the sip-ua passwords to private keys: " + e);
        }
    }

    private static void fail(String message) {
        LOG.severe(message);
        System.setProperty(STARTUP_FAILURE, message);
    }

    @Override
    public synchronized ApplyReport apply(String text, String source) throws IosConfigException {
        ConfigWriter writer = new ConfigWriter(configAdmin);
        ConfigDelta delta = parser.parse(text, writer::peerType);
        ApplyReport report = new ApplyReport();
        report.commands = delta.commands;
        report.changedPids = new ArrayList<>();
        report.notYetActive = List.copyOf(delta.notYetActive);
        String pid = null;
        try {
            for (Map.Entry<String, ConfigDelta.Changes> e : delta.changes.entrySet()) {
                pid = e.getKey();
                if (writer.writeSingleton(pid, e.getValue())) {
                    report.changedPids.add(pid);
                }
            }
            for (ConfigDelta.FactoryChange change : delta.factories.values()) {
                pid = change.pid();
                if (writer.writeFactory(change)) {
                    report.changedPids.add(pid);
                }
            }
            for (ConfigDelta.PeerChange peer : delta.peers.values()) {
                pid = ConfigWriter.peerPid(peer.tag);
                if (writer.writePeer(peer)) {
                    report.changedPids.add(pid);
                }
            }
            for (ConfigDelta.PoolChange pool : delta.pools.values()) {
                pid = ConfigWriter.poolPid(pool.tag);
                if (writer.writePool(pool)) {
                    report.changedPids.add(pid);
                }
            }
        } catch (IOException ex) {
            // validation passed, so this is a storage failure, not bad input
            throw new IllegalStateException("Config Admin could not store " + pid + ": " + ex.getMessage(), ex);
        }
        LOG.info(() -> "Applied " + delta.commands + " IOS commands from " + source + "; changed " + report.changedPids);
        delta.notYetActive.forEach(n -> LOG.warning("Not active yet: " + n));
        return report;
    }

    @Override
    public synchronized String runningConfig() {
        try {
            return new RunningConfigExporter(configAdmin).export();
        } catch (IOException e) {
            throw new IllegalStateException("Config Admin could not list the configurations: " + e.getMessage(), e);
        }
    }
}
