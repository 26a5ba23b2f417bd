package org.voxgate.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.felix.framework.Felix;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * {@code bin/voxgate}: starts Felix in the foreground with the bundles the build resolved
 * ({@code system/bundles}), an interactive Gogo console only when asked ({@code --console}, which
 * the script passes when stdin is a terminal), and stops cleanly on SIGTERM.
 * <p>
 * Start levels: 1 = OSGi infrastructure, 2 = Voxgate API and configuration (so a {@code --config}
 * file is in Config Admin before anything listens), 3 = everything else; the console bundles are started
 * last, per run. The framework cache in {@code <home>/data/cache} is kept between runs (so features
 * installed or uninstalled live stay that way) until the install's bundles change ({@link BundleCache}).
 */
public final class Main {
    static final String STARTUP_FAILURE = "voxgate.startup.failure";
    /** Console bundle symbolic name -> started when there is a terminal (true) or when there is none (false). */
    static final Map<String, Boolean> CONSOLE_BUNDLES = Map.of(
            "org.apache.felix.gogo.shell", false, "org.apache.felix.gogo.jline", true, "org.jline", true);
    static final String[] EARLY_VOXGATE = {"org.voxgate.api", "org.voxgate.spi", "org.voxgate.logging", "org.voxgate.config.ios"};
    private static final Logger LOG = Logger.getLogger("org.voxgate.launcher");
    private static final String READY_SERVICE = "org.voxgate.api.transport.SipTransports";
    private static final String CORE_SERVICE = "org.voxgate.sip.stack.SipMessageHandler";

    private Main() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        HomeLayout layout = new HomeLayout(options.home());
        layout.create(options.install());
        layout.configureLogging();
        DeferredResetLogManager.deferResetUntilShutdownIsLogged();
        if (options.config() != null && !Files.isReadable(options.config())) {
            System.err.println("Cannot read configuration file " + options.config());
            System.exit(2);
        }
        BundleCache cache = new BundleCache(layout.data, options.install());
        boolean fresh = !cache.isCurrent();
        Framework framework = new Felix(frameworkProperties(options, layout, fresh));
        framework.init();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Voxgate stopping");
            stop(framework);
            LOG.info("Voxgate stopped");
            DeferredResetLogManager.resetNow();
        }, "voxgate-shutdown"));
        framework.start();
        BundleContext context = framework.getBundleContext();
        if (fresh) {
            installAll(context, options);
            cache.markCurrent();
        } else {
            LOG.fine("Bundles from the framework cache of " + options.home());
        }
        // Level 2 first: a --config file that does not parse must stop the start before anything listens.
        raiseStartLevel(framework, 2);
        failOnStartupError(framework);
        raiseStartLevel(framework, 3);
        awaitService(context, READY_SERVICE, 10_000);
        awaitService(context, CORE_SERVICE, 10_000);
        failOnStartupError(framework);
        System.clearProperty(STARTUP_FAILURE);
        startConsole(context, options.console());
        long ms = ManagementFactory.getRuntimeMXBean().getUptime();
        String ready = "Voxgate ready in " + ms + " ms (home " + options.home() + ")";
        LOG.info(ready);
        if (!options.console()) {
            System.out.println(ready);
        }
        FrameworkEvent end = framework.waitForStop(0);
        System.exit(end.getType() == FrameworkEvent.ERROR ? 1 : 0);
    }

    /**
     * Bundles report a failure that must stop the start (bad --config line, SIP port not bound) in the
     * system property {@value #STARTUP_FAILURE}; it is only read during the start, then cleared.
     */
    private static void failOnStartupError(Framework framework) {
        String failure = System.getProperty(STARTUP_FAILURE);
        if (failure != null) {
            System.err.println("Voxgate not started: " + failure);
            LOG.severe("Voxgate not started: " + failure);
            stop(framework);
            System.exit(1);
        }
    }

    static Map<String, Object> frameworkProperties(Options o, HomeLayout layout, boolean freshCache) {
        Map<String, Object> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, layout.data.resolve("cache").toString());
        if (freshCache) {
            p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        p.put("felix.log.logger", new FelixJulLogger());
        p.put("felix.log.level", "2");
        p.put("felix.cm.dir", layout.data.resolve("config").toString());
        p.put("felix.fileinstall.dir", layout.etc.toString());
        p.put("felix.fileinstall.filter", ".*\\.(cfg|config)");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.log.level", "2");
        // Never write Config Admin changes back into etc/*.cfg: the IOS configuration and the CLI own the store, and
        // write-back raced with FileInstall's own re-read (a truncated .cfg was seen).
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("ds.loglevel", "warn");
        if (!o.console()) {
            // gogo.shell provides the shell capability gogo.runtime requires; without a terminal it must not read stdin
            p.put("gosh.args", "--nointeractive");
        }
        p.put("voxgate.home", o.home().toString());
        p.put("voxgate.install", o.install().toString());
        p.put("voxgate.feature.repository", o.install().resolve("system/repository/index.xml").toUri().toString());
        if (o.config() != null) {
            p.put("voxgate.config.file", o.config().toString());
        }
        return p;
    }

    /** First start of a home (or a changed install): every jar of system/bundles and system/shell. */
    private static void installAll(BundleContext context, Options options) throws IOException, BundleException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars(options.install().resolve("system/bundles"))) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        for (Path jar : jars(options.install().resolve("system/shell"))) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        for (Bundle b : installed) {
            b.adapt(BundleStartLevel.class).setStartLevel(startLevelOf(b.getSymbolicName()));
        }
        for (Bundle b : installed) {
            // console bundles are started per run (transiently), by startConsole
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && !CONSOLE_BUNDLES.containsKey(b.getSymbolicName())) {
                b.start();
            }
        }
    }

    /**
     * The console bundles depend on this run, not on the home: with a terminal the jline console (gogo.jline),
     * without one gogo.shell non-interactively (it provides the shell capability and built-in commands).
     * Started transiently so that the next run with a cached framework decides again.
     */
    private static void startConsole(BundleContext context, boolean console) throws BundleException {
        for (Bundle b : context.getBundles()) {
            Boolean forConsole = CONSOLE_BUNDLES.get(b.getSymbolicName());
            if (forConsole == null || b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            if (forConsole == console) {
                b.start(Bundle.START_TRANSIENT);
            }
        }
    }

    static int startLevelOf(String symbolicName) {
        if (symbolicName == null || !symbolicName.startsWith("org.voxgate.") && !symbolicName.startsWith("voxgate-")) {
            return symbolicName != null && symbolicName.equals("org.apache.felix.fileinstall") ? 3 : 1;
        }
        for (String early : EARLY_VOXGATE) {
            if (early.equals(symbolicName)) {
                return 2;
            }
        }
        return 3;
    }

    private static List<Path> jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static void raiseStartLevel(Framework framework, int level) throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        framework.adapt(FrameworkStartLevel.class).setStartLevel(level, e -> reached.countDown());
        if (!reached.await(30, TimeUnit.SECONDS)) {
            LOG.warning("Start level " + level + " not reached within 30 s");
        }
    }

    private static void awaitService(BundleContext context, String name, long timeoutMs) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (context.getServiceReference(name) == null) {
            if (System.nanoTime() > deadline) {
                LOG.warning("Service " + name + " not registered within " + timeoutMs + " ms");
                return;
            }
            Thread.sleep(5);
        }
    }

    private static void stop(Framework framework) {
        try {
            if ((framework.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                framework.stop();
            }
            framework.waitForStop(20_000);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Unclean shutdown", e);
        }
    }
}
