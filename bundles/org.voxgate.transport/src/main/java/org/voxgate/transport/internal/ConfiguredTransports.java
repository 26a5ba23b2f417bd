package org.voxgate.transport.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.transport.ListeningPointDTO;
import org.voxgate.api.transport.SipTransports;
import org.voxgate.api.transport.TransportStatusDTO;
import org.voxgate.spi.transport.ListeningPointHandle;
import org.voxgate.spi.transport.ListeningPointService;

/**
 * Keeps the stack's UDP and TCP listening points in line with configuration. A change is applied
 * as a difference (only the listening points that changed are closed or opened), so turning TCP
 * off never interrupts UDP, and the SIP stack itself is never restarted.
 */
@Component(immediate = true, service = SipTransports.class, configurationPid = ConfigPids.TRANSPORT)
@Designate(ocd = ConfiguredTransports.Config.class)
public class ConfiguredTransports implements SipTransports {
    private static final Logger LOG = Logger.getLogger(ConfiguredTransports.class.getName());

    @ObjectClassDefinition(name = "Voxgate SIP transports",
            description = "SIP listening points. IOS: sip-ua / transport, voice service voip / sip / listen-port")
    public @interface Config {
        @AttributeDefinition(description = "Listen for SIP over UDP. IOS: sip-ua / [no] transport udp")
        boolean udp() default true;

        @AttributeDefinition(description = "Listen for SIP over TCP. IOS: sip-ua / [no] transport tcp")
        boolean tcp() default true;

        @AttributeDefinition(description = "SIP port for UDP and TCP. IOS: voice service voip / sip / listen-port non-secure N",
                min = "1", max = "65535")
        int listen_port() default 5060;

        @AttributeDefinition(description = "IP address to listen on; 0.0.0.0 = all interfaces. "
                + "IOS: voice service voip / sip / bind control source-interface")
        String bind_address() default "0.0.0.0";
    }

    /** What a listening point is, for comparing desired with open. */
    record Endpoint(String transport, String address, int port) {
        @Override
        public String toString() {
            return transport + " " + address + ":" + port;
        }
    }

    @Reference
    private ListeningPointService listeningPoints;

    private final Map<Endpoint, ListeningPointHandle> open = new LinkedHashMap<>();
    private final Map<Endpoint, String> failures = new LinkedHashMap<>();
    private Config config;

    /**
     * The launcher reads this system property while the gateway starts (and clears it once ready): a port that
     * cannot be bound at start makes {@code bin/voxgate} exit non-zero instead of claiming to be ready.
     * Later failures (a live reconfiguration) are logged and shown in {@code show sip-ua status} only.
     */
    static final String STARTUP_FAILURE = "voxgate.startup.failure";

    @Activate
    synchronized void activate(Config config) {
        apply(config);
        if (!failures.isEmpty() && System.getProperty(STARTUP_FAILURE) == null) {
            StringBuilder why = new StringBuilder();
            failures.forEach((e, reason) -> why.append(why.length() == 0 ? "" : "; ")
                    .append("SIP listening point ").append(e).append(" not opened: ").append(reason));
            System.setProperty(STARTUP_FAILURE, why.toString());
        }
    }

    @Modified
    synchronized void modified(Config config) {
        apply(config);
    }

    @Deactivate
    synchronized void deactivate() {
        open.values().forEach(ListeningPointHandle::close);
        open.clear();
    }

    static Set<Endpoint> desired(Config c) {
        Set<Endpoint> wanted = new LinkedHashSet<>();
        if (c.udp()) {
            wanted.add(new Endpoint("UDP", c.bind_address(), c.listen_port()));
        }
        if (c.tcp()) {
            wanted.add(new Endpoint("TCP", c.bind_address(), c.listen_port()));
        }
        return wanted;
    }

    private void apply(Config c) {
        this.config = c;
        Set<Endpoint> wanted = desired(c);
        for (Endpoint e : new ArrayList<>(open.keySet())) {
            if (!wanted.contains(e)) {
                open.remove(e).close();
            }
        }
        failures.clear();
        for (Endpoint e : wanted) {
            if (open.containsKey(e)) {
                continue;
            }
            try {
                open.put(e, listeningPoints.open(e.transport(), e.address(), e.port()));
            } catch (IOException ex) {
                failures.put(e, ex.getMessage());
                LOG.severe("SIP listening point " + e + " not opened: " + ex.getMessage());
            }
        }
        if (wanted.isEmpty()) {
            LOG.warning("Both UDP and TCP are disabled (sip-ua / no transport): the gateway receives no SIP");
        }
    }

    @Override
    public synchronized TransportStatusDTO status() {
        TransportStatusDTO dto = new TransportStatusDTO();
        dto.udpEnabled = config.udp();
        dto.tcpEnabled = config.tcp();
        dto.tlsEnabled = false;
        dto.bindSignaling = !"0.0.0.0".equals(config.bind_address());
        dto.bindMedia = false;
        dto.listenPort = config.listen_port();
        dto.bindAddress = config.bind_address();
        dto.listening = new ArrayList<>();
        for (ListeningPointHandle h : open.values()) {
            ListeningPointDTO lp = new ListeningPointDTO();
            lp.transport = h.transport();
            lp.address = h.address();
            lp.port = h.port();
            dto.listening.add(lp);
        }
        List<String> f = new ArrayList<>();
        failures.forEach((e, why) -> f.add(e + ": " + why));
        dto.failures = f;
        return dto;
    }
}
