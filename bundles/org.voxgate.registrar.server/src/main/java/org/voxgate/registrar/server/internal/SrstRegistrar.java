package org.voxgate.registrar.server.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.voxgate.api.registrar.RegistrationDTO;
import org.voxgate.api.registrar.Registrations;
import org.voxgate.api.registrar.RegistrationsDTO;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.registrar.RegisterRequest;
import org.voxgate.spi.registrar.RegisterResult;
import org.voxgate.spi.registrar.Registrar;
import org.voxgate.spi.registrar.RegistrationStore;
import org.voxgate.spi.routing.RouteTarget;

/**
 * The SRST registrar server (IOS {@code voice service voip} / {@code sip} / {@code registrar server} with
 * {@code voice register pool}s): RFC 3261 §10.3 for every REGISTER the call core hands over, bindings kept in the
 * {@link RegistrationStore}, and the location of registered numbers for calls.
 * <p>
 * Pools ({@code voice register pool N}) are read from Config Admin when the component starts and again on every
 * change of one (this component is a {@link ConfigurationListener}).
 * <p>
 * The store reference is static and mandatory: without a store there is no registrar service, and the call core
 * then drops REGISTERs (phones retransmit) instead of answering them wrongly; a store update re-activates this
 * component in a few milliseconds and loses nothing (the bindings are on disk). Greedy, so a vendor store with a
 * higher ranking takes over.
 */
@Component(service = {Registrar.class, Registrations.class, ConfigurationListener.class},
        configurationPid = SrstRegistrar.PID)
@Designate(ocd = SrstRegistrar.Config.class)
public class SrstRegistrar implements Registrar, Registrations, ConfigurationListener {
    /** Singleton PID, shared with the IOS configuration ({@code ConfigPids.SRST}, keys {@code SrstKeys}). */
    static final String PID = "org.voxgate.srst";
    static final int FORBIDDEN = 403;
    static final int UNAUTHORIZED = 401;
    /** The credentials a REGISTER outside every pool is checked against: no digest user name can be this one. */
    private static final Pool NOBODY = new Pool(0, null, 0, 0, false, "\u0000no pool", "");
    private static final Logger LOG = Logger.getLogger(SrstRegistrar.class.getName());
    private static final int STRIPES = 256;

    @ObjectClassDefinition(name = "Voxgate SRST registrar server",
            description = "IOS: voice service voip / sip / registrar server [expires [max N] [min N]]")
    public @interface Config {
        @AttributeDefinition(description = "Act as registrar: accept REGISTER and reach registered phones without a "
                + "dial peer; off = REGISTER is refused with 403. IOS: registrar server")
        boolean registrar_server() default false;

        @AttributeDefinition(min = "600", max = "86400", description = "Longest registration granted, seconds; a "
                + "REGISTER asking more gets this. IOS: registrar server expires max N")
        int expires_max() default SrstSettings.MAX_DEFAULT;

        @AttributeDefinition(min = "60", max = "3600", description = "Shortest registration accepted, seconds; a "
                + "REGISTER asking less (but not 0) gets 423 with Min-Expires. IOS: registrar server expires min N")
        int expires_min() default SrstSettings.MIN_DEFAULT;

        @AttributeDefinition(description = "Digest realm of the pools with a username. IOS: voice register global / "
                + "authenticate realm R")
        String authenticate_realm() default SrstSettings.REALM_DEFAULT;

        @AttributeDefinition(description = "Algorithm the 401 challenge offers (responses in either are accepted). "
                + "IOS: none (MD5)", options = { @Option(label = "MD5", value = "MD5"),
                        @Option(label = "SHA-256", value = "SHA-256") })
        String digest_algorithm() default "MD5";

        @AttributeDefinition(description = "Seconds a digest nonce stays fresh (then stale=true). IOS: none")
        int nonce_lifetime() default 300;
    }

    private final RegistrationStore store;
    private final ConfigurationAdmin configurationAdmin;
    private final DigestAuthenticator digest = new DigestAuthenticator();
    private final Object[] stripes = new Object[STRIPES];
    /** The pools by tag (replaced whole on every change). */
    private volatile List<Pool> pools = List.of();
    private volatile SrstSettings settings = SrstSettings.defaults();
    /** Time source (replaced in tests). */
    Clock clock = Clock.systemUTC();

    @Activate
    public SrstRegistrar(@Reference(name = "store", policyOption = ReferencePolicyOption.GREEDY)
            RegistrationStore store, @Reference ConfigurationAdmin configurationAdmin, Config config) {
        this.store = store;
        this.configurationAdmin = configurationAdmin;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
        // the pools are known before the first REGISTER is answered (see VoiceRegisterPools)
        this.pools = configurationAdmin == null ? List.of() : VoiceRegisterPools.read(configurationAdmin);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        SrstSettings s = SrstSettings.of(config.registrar_server(), config.expires_max(), config.expires_min(),
                config.authenticate_realm(), config.digest_algorithm(), config.nonce_lifetime());
        s.problems().forEach(p -> LOG.warning("registrar server: " + p));
        SrstSettings old = settings;
        settings = s;
        if (s.enabled() != old.enabled() || s.expiresMax() != old.expiresMax() || s.expiresMin() != old.expiresMin()) {
            LOG.info(s.enabled() ? "registrar server expires max " + s.expiresMax() + " min " + s.expiresMin()
                    + " (" + store.size() + " binding(s) in the store)" : "no registrar server: REGISTER refused with 403");
        }
    }

    /** A pool configuration changed (delivered asynchronously by Config Admin): read them all again. */
    @Override
    public void configurationEvent(ConfigurationEvent event) {
        if (VoiceRegisterPools.FACTORY_PID.equals(event.getFactoryPid()) && configurationAdmin != null) {
            List<Pool> next = VoiceRegisterPools.read(configurationAdmin);
            pools = next;
            LOG.info("voice register pools: " + (next.isEmpty() ? "none" : next.toString()));
        }
    }

    /** Tests: one more pool. */
    void add(Pool pool) {
        synchronized (stripes) {
            List<Pool> next = new ArrayList<>(pools);
            next.add(pool);
            next.sort(Comparator.comparingInt(Pool::tag));
            pools = List.copyOf(next);
        }
    }

    @Override
    public RegisterResult register(RegisterRequest request) {
        SrstSettings s = settings;
        if (!s.enabled()) {
            LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + " refused: no registrar server");
            return RegisterResult.failure(FORBIDDEN, "Registrar server not enabled");
        }
        long now = clock.millis();
        List<Pool> byTag = sortedPools();
        Pool pool = match(byTag, request.aor(), request.sourceAddress());
        boolean authenticating = byTag.stream().anyMatch(Pool::authenticates);
        if (pool == null) {
            if (authenticating) {
                // Some pool checks credentials: a number outside every pool gets what a wrong user name gets (a fresh
                // 401 after the same digest work), so that the answers do not tell which numbers are in a pool.
                DigestAuthenticator.Outcome auth = digest.verify(request, NOBODY, s, now);
                String challenge = auth.ok() ? digest.challenge(s, now, false).challenge() : auth.challenge();
                LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + " from " + request.source()
                        + " challenged: no voice register pool admits it");
                return new RegisterResult(UNAUTHORIZED, null, List.of(), null, challenge);
            }
            LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + " from " + request.source()
                    + " refused: no voice register pool admits it");
            return RegisterResult.failure(FORBIDDEN, null);
        }
        if (pool.authenticates()) {
            DigestAuthenticator.Outcome auth = digest.verify(request, pool, s, now);
            if (!auth.ok()) {
                LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + " challenged (pool "
                        + pool.tag() + (request.authorization() == null ? ")" : ", credentials not accepted)"));
                return new RegisterResult(UNAUTHORIZED, null, List.of(), null, auth.challenge());
            }
        }
        synchronized (stripes[Math.floorMod(request.aor().hashCode(), STRIPES)]) {
            List<Binding> current = store.lookup(request.aor(), now);
            BindingUpdate.Outcome outcome = BindingUpdate.apply(current, request, s.expiresMin(), s.expiresMax(), now);
            if (outcome.failure() != null) {
                LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + ": " + outcome.failure().status()
                        + " " + outcome.failure().reason());
                return outcome.failure();
            }
            if (outcome.changed()) {
                store.put(request.aor(), outcome.bindings()); // durable before the 200 goes out
            }
            LOG.fine(() -> "REGISTER " + request.callId() + " for " + request.aor() + ": 200, "
                    + outcome.bindings().size() + " binding(s)");
            return RegisterResult.ok(outcome.bindings());
        }
    }

    @Override
    public List<RouteTarget> locate(String number) {
        if (number == null || !settings.enabled()) {
            return List.of();
        }
        return ContactTargets.of(store.lookup(number, clock.millis()));
    }

    @Override
    public RegistrationsDTO all() {
        long now = clock.millis();
        return RegistrationViews.all(settings, sortedPools(), store.snapshot(now), now);
    }

    @Override
    public List<RegistrationDTO> bindings(String aor) {
        long now = clock.millis();
        return RegistrationViews.bindings(store.lookup(aor, now), sortedPools(), now);
    }

    /** The first pool, by tag, that admits this AOR or source address; null when none does. */
    static Pool match(List<Pool> byTag, String aor, String sourceAddress) {
        for (Pool p : byTag) {
            if (p.matches(aor, sourceAddress)) {
                return p;
            }
        }
        return null;
    }

    private List<Pool> sortedPools() {
        return pools;
    }
}
