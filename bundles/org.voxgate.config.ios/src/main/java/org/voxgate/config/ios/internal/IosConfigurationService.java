package org.voxgate.config.ios.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.voxgate.api.config.ApplyReport;
import org.voxgate.api.config.IosConfigException;
import org.voxgate.api.config.IosConfiguration;

/**
 * IOS configuration text into Config Admin: validate the whole text, then write each PID once.
 * At start it merges the file named by the framework property {@value #STARTUP_FILE}
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

    private static void fail(String message) {
        LOG.severe(message);
        System.setProperty(STARTUP_FAILURE, message);
    }

    @Override
    public synchronized ApplyReport apply(String text, String source) throws IosConfigException {
        ConfigDelta delta = parser.parse(text);
        ApplyReport report = new ApplyReport();
        report.commands = delta.commands;
        report.changedPids = new ArrayList<>();
        report.notYetActive = List.copyOf(delta.notYetActive);
        for (Map.Entry<String, Map<String, Object>> e : delta.changes.entrySet()) {
            try {
                if (write(e.getKey(), e.getValue())) {
                    report.changedPids.add(e.getKey());
                }
            } catch (IOException ex) {
                // validation passed, so this is a storage failure, not bad input
                throw new IllegalStateException("Config Admin could not store " + e.getKey() + ": " + ex.getMessage(), ex);
            }
        }
        LOG.info(() -> "Applied " + delta.commands + " IOS commands from " + source + "; changed " + report.changedPids);
        return report;
    }

    private boolean write(String pid, Map<String, Object> values) throws IOException {
        Configuration c = configAdmin.getConfiguration(pid, "?");
        Dictionary<String, Object> current = c.getProperties();
        Dictionary<String, Object> next = new Hashtable<>();
        if (current != null) {
            for (var keys = current.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                next.put(k, current.get(k));
            }
        }
        values.forEach(next::put);
        return c.updateIfDifferent(next);
    }
}
