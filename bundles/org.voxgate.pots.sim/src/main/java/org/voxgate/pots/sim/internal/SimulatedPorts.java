package org.voxgate.pots.sim.internal;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortCallOrigination;

/**
 * Registers one {@link Port} service per simulated FXS line ({@code SLOT/N}, N = 0 .. port.count-1). The number
 * of services follows configuration, so they are registered with the component's bundle context rather than as
 * the component's own service. A change keeps the lines that stay (their calls go on): a smaller count removes the
 * highest lines, a larger one adds lines, call settings apply from the next call; only a new slot replaces all.
 */
// The Port services are registered by code, so bnd cannot see them: declare them for resolvers.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.voxgate.spi.port.Port\"",
        uses = Port.class)
@Component(immediate = true, service = {}, configurationPid = SimulatedPorts.PID)
@Designate(ocd = SimulatedPorts.Config.class)
public class SimulatedPorts {
    private static final Logger LOG = Logger.getLogger(SimulatedPorts.class.getName());
    static final String PID = "org.voxgate.pots.sim";

    @ObjectClassDefinition(name = "Voxgate simulated POTS ports",
            description = "Simulated analog phones on FXS lines, for testing POTS dial peers without hardware. "
                    + "IOS: voice-port SLOT/N, shown by show voice port summary")
    public @interface Config {
        @AttributeDefinition(description = "Number of lines (voice ports). IOS: one voice-port per line",
                min = "0", max = "256")
        int port_count() default 4;

        @AttributeDefinition(description = "Slot/subunit of the lines; line N is SLOT/N, e.g. 0/0/3. "
                + "IOS: voice-port 0/0/N")
        String slot() default "0/0";

        @AttributeDefinition(description = "Milliseconds from ringing to answer; -1 = never answer by itself "
                + "(pots answer PORT). No IOS equivalent (a person lifts the handset)", min = "-1")
        int auto_answer_ms() default 1000;

        @AttributeDefinition(description = "Frequency of the test tone the phone plays after answering, in Hz; "
                + "0 = silence. IOS: like a 1004 Hz test-tone line (test voice port X/Y/Z inject-tone)",
                min = "0", max = "3999")
        int answer_tone_hz() default 1004;

        @AttributeDefinition(description = "RTP port of line 0; line N uses base+2N for RTP and base+2N+1 for "
                + "RTCP. IOS: voice rtp port-range (per line here)", min = "1", max = "65534")
        int rtp_port_base() default 26000;

        @AttributeDefinition(description = "Local IP address of the RTP sockets, written into SDP. "
                + "IOS: bind media source-interface")
        String rtp_address() default "127.0.0.1";
    }

    /** Registers a line as a service; returns what unregisters it. Tests register without a framework. */
    interface Registrar {
        Runnable register(SimulatedPhone phone, Dictionary<String, Object> properties);
    }

    private record Line(SimulatedPhone phone, Runnable unregister) {}

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PortCallOrigination origination;

    private final Map<String, Line> lines = new LinkedHashMap<>(); // guarded by this
    private volatile LineSettings settings;
    private String slot;
    private int count;
    private Registrar registrar;
    private ScheduledThreadPoolExecutor scheduler;

    @Activate
    void activate(BundleContext context, Config config) {
        start((phone, properties) -> {
            ServiceRegistration<Port> r = context.registerService(Port.class, phone, properties);
            return r::unregister;
        }, config);
    }

    synchronized void start(Registrar registrar, Config config) {
        LineSettings s = settings(config); // invalid configuration: activation fails with the reason
        String newSlot = slot(config);
        this.registrar = registrar;
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "voxgate-pots-sim-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        scheduler = new ScheduledThreadPoolExecutor(2, factory);
        scheduler.setRemoveOnCancelPolicy(true);
        apply(s, newSlot, config.port_count());
    }

    @Modified
    synchronized void modified(Config config) {
        try {
            apply(settings(config), slot(config), config.port_count());
        } catch (IllegalArgumentException e) {
            LOG.severe("configuration " + PID + " not applied, keeping the previous one: " + e.getMessage());
        }
    }

    @Deactivate
    synchronized void deactivate() {
        for (String id : new ArrayList<>(lines.keySet())) {
            remove(id);
        }
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warning("simulated POTS scheduler did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The lines, in order. */
    synchronized List<SimulatedPhone> phones() {
        List<SimulatedPhone> out = new ArrayList<>();
        lines.values().forEach(l -> out.add(l.phone()));
        return out;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    static LineSettings settings(Config c) {
        return new LineSettings(c.auto_answer_ms(), c.answer_tone_hz(), c.rtp_address(), c.rtp_port_base());
    }

    static String slot(Config c) {
        String s = c.slot() == null ? "" : c.slot().strip();
        if (!s.matches("\\d{1,3}/\\d{1,3}")) {
            throw new IllegalArgumentException("slot must be SLOT/SUBUNIT such as 0/0, was '" + c.slot() + "'");
        }
        return s;
    }

    private void apply(LineSettings s, String newSlot, int newCount) {
        if (newCount < 0 || newCount > 256) {
            throw new IllegalArgumentException("port.count must be 0..256, was " + newCount);
        }
        if (newCount > 0 && s.rtpPort(newCount - 1) + 1 > 65535) {
            throw new IllegalArgumentException("rtp.port.base " + s.rtpPortBase() + " leaves no RTP/RTCP pair for "
                    + newCount + " lines below 65536");
        }
        settings = s;
        if (!newSlot.equals(slot)) {
            for (String id : new ArrayList<>(lines.keySet())) {
                remove(id);
            }
        } else {
            for (int n = newCount; n < count; n++) {
                remove(slot + "/" + n);
            }
        }
        slot = newSlot;
        count = newCount;
        for (int n = 0; n < newCount; n++) {
            String id = newSlot + "/" + n;
            if (!lines.containsKey(id)) {
                SimulatedPhone phone = new SimulatedPhone(id, n, () -> settings, () -> origination, scheduler);
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(Port.PORT_ID, id);
                lines.put(id, new Line(phone, registrar.register(phone, properties)));
            }
        }
        LOG.fine(() -> "simulated POTS lines: " + lines.keySet() + ", " + settings);
    }

    /** Unregisters first (no new calls), then ends a call in progress with cause 27 (destination out of order). */
    private void remove(String id) {
        Line l = lines.remove(id);
        if (l != null) {
            l.unregister().run();
            l.phone().shutdown(SimulatedPhone.DESTINATION_OUT_OF_ORDER);
        }
    }
}
