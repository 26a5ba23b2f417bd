package org.voxgate.registrar.client.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.registration.RegistrarDTO;
import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.registration.RegistrationStatusDTO;
import org.voxgate.api.transport.SipTransports;
import org.voxgate.sip.dns.SrvLocator;
import org.voxgate.sip.stack.SipStackService;

/**
 * The registrar client ({@code sip-ua} / {@code registrar}): registers every line (the full numbers of the POTS
 * dial peers, and {@code credentials number N}) with the primary and the secondary registrar, and says how that
 * stands. Lines follow the dial plan (checked every {@value #LINE_POLL_MS} ms), registrars follow their
 * configurations; both live. All registration work runs on one thread of its own; stopping the component
 * unregisters every line.
 * <p>
 * The static reference to {@link SipTransports} is for ordering only: the transport bundle closes the listening
 * points, so this component must stop (and unregister) before it does.
 */
@Component(immediate = true, service = RegistrationStatus.class, configurationPid = RegistrarClient.SIP_UA_PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class RegistrarClient implements RegistrationStatus, LineRegistration.Env {
    private static final Logger LOG = Logger.getLogger(RegistrarClient.class.getName());
    static final String SIP_UA_PID = "org.voxgate.sipua";
    static final long LINE_POLL_MS = 2000;
    static final long STOP_WAIT_MS = 4000;
    private static final long QUERY_TIMEOUT_MS = 2000;

    private final ScheduledThreadPoolExecutor thread;
    private final Executor post;
    private final RegisterSender sender;
    private final Registrations registrations;
    private volatile SipUaSettings ua;
    private volatile DialPlan dialPlan;

    @Activate
    public RegistrarClient(@Reference SipStackService stack, @Reference SipTransports transports,
            Map<String, Object> sipUa) {
        thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "voxgate-registrar-client");
            t.setDaemon(true);
            return t;
        });
        thread.setRemoveOnCancelPolicy(true);
        post = this::run;
        ua = SipUaSettings.from(sipUa);
        sender = new RegisterSender(stack, post);
        registrations = new Registrations(this);
        thread.scheduleWithFixedDelay(guarded(this::pollLines), 0, LINE_POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** Tests: SRV lookups ask this DNS server ("host:port") instead of the system's. */
    void useDnsServer(String server) {
        sender.dns = new SrvLocator(server);
    }

    @Modified
    void modified(Map<String, Object> sipUa) {
        SipUaSettings before = ua;
        ua = SipUaSettings.from(sipUa);
        if (!before.credentials().equals(ua.credentials())) {
            run(registrations::retryFailed);
        }
    }

    @Deactivate
    void deactivate() {
        CompletableFuture<Void> unregistered = new CompletableFuture<>();
        run(() -> registrations.stopAll(() -> unregistered.complete(null)));
        try {
            unregistered.get(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning("Registrar client stopped before every registrar answered the unregistration");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Unregistration failed", e);
        }
        thread.shutdownNow();
    }

    // ---- inputs ---------------------------------------------------------------------------------

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetDialPlan")
    void setDialPlan(DialPlan plan) {
        dialPlan = plan;
        run(this::pollLines);
    }

    /** The dial-peer bundle is away (e.g. being updated): the lines stay as they are until it is back. */
    void unsetDialPlan(DialPlan plan) {
        if (dialPlan == plan) {
            dialPlan = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, updated = "updatedRegistrar", unbind = "removeRegistrar")
    void addRegistrar(RegistrarConfig config, Map<String, Object> properties) {
        updatedRegistrar(config, properties);
    }

    void updatedRegistrar(RegistrarConfig config, Map<String, Object> properties) {
        String name = RegistrarConfig.name(properties);
        RegistrarSpec spec = config.spec();
        LOG.info(spec == null ? "No usable " + name + " registrar" : "Registrar " + spec);
        run(() -> registrations.registrar(name, spec));
    }

    /** {@code no registrar [secondary]}: the lines are unregistered from it. */
    void removeRegistrar(RegistrarConfig config, Map<String, Object> properties) {
        String name = RegistrarConfig.name(properties);
        LOG.info("No " + name + " registrar");
        run(() -> registrations.registrar(name, null));
    }

    private void pollLines() {
        DialPlan plan = dialPlan;
        if (plan == null) {
            return;
        }
        Map<String, Integer> lines;
        try {
            lines = Lines.of(plan.peers(), ua);
        } catch (RuntimeException e) {
            return; // the dial-peer bundle is stopping: keep the lines until it is back
        }
        registrations.lines(lines);
    }

    // ---- RegistrationStatus -----------------------------------------------------------------------

    @Override
    public List<RegistrarDTO> registrars() {
        return query(registrations::registrars, List.of());
    }

    @Override
    public List<RegistrationStatusDTO> lines(String registrar) {
        return query(() -> registrations.lines(registrar), List.of());
    }

    @Override
    public Optional<RegistrarDTO> currentRegistrar() {
        return query(registrations::current, Optional.empty());
    }

    /** Runs a read on the client's thread, where the state lives. */
    private <T> T query(Callable<T> read, T whenStopped) {
        try {
            return thread.submit(read).get(QUERY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return whenStopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return whenStopped;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Registrar client status not available: " + e, e);
        }
    }

    // ---- LineRegistration.Env ---------------------------------------------------------------------

    @Override
    public LineRegistration.Sent send(LineRegistration line, LineRegistration.Attempt attempt)
            throws LineRegistration.SendException {
        return sender.send(line, attempt, ua);
    }

    @Override
    public LineRegistration.Cancellable schedule(Runnable task, long delayMs) {
        try {
            ScheduledFuture<?> f = thread.schedule(guarded(task), delayMs, TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        } catch (RejectedExecutionException e) {
            return () -> {};
        }
    }

    @Override
    public long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public double random() {
        return ThreadLocalRandom.current().nextDouble();
    }

    @Override
    public SipUaSettings ua() {
        return ua;
    }

    /** Logged once per change of what a line reports: registered, failed (and why), unregistered. */
    @Override
    public void reported(LineRegistration line, String status) {
        RegistrarSpec spec = line.spec();
        String text = "Line " + line.number + " " + status + " (" + spec.name() + " registrar " + spec.target()
                + (status.equals("registered") ? ", expires " + line.dto().expiresSeconds + " s" : "") + ")";
        LOG.log(status.startsWith("failed") ? Level.WARNING : Level.INFO, text);
    }

    private void run(Runnable task) {
        try {
            thread.execute(guarded(task));
        } catch (RejectedExecutionException e) {
            LOG.fine("Registrar client stopped; dropped a late event");
        }
    }

    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "Registrar client task failed", e);
            }
        };
    }
}
