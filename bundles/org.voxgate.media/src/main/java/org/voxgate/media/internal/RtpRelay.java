package org.voxgate.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.spi.media.MediaException;
import org.voxgate.spi.media.MediaListener;
import org.voxgate.spi.media.MediaRelay;
import org.voxgate.spi.media.MediaSession;
import org.voxgate.spi.media.MediaTap;

/**
 * The media relay (IOS "media flow-through"): one {@link RelaySession} per call, RTP/RTCP port pairs from the
 * configured range, one or two selector threads for all calls. Range, address and inactivity timer change live
 * ({@code @Modified}); sessions keep the ports and address they have. Stopping the component closes every session
 * and releases every port.
 */
@Component(service = MediaRelay.class, configurationPid = RtpRelay.PID)
@Designate(ocd = RtpRelay.Config.class)
public class RtpRelay implements MediaRelay {
    private static final Logger LOG = Logger.getLogger(RtpRelay.class.getName());
    static final String PID = "org.voxgate.media";
    static final int LOOPS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    @ObjectClassDefinition(name = "Voxgate media relay",
            description = "RTP/RTCP relay of every call (media flow-through). IOS: voice service voip / media flow-through")
    public @interface Config {
        @AttributeDefinition(description = "Lowest UDP port for RTP/RTCP: RTP takes even ports, RTCP the next odd "
                + "port. IOS: voice service voip / rtp-port range START END", min = "1024", max = "65534")
        int rtp_port_min() default 16384;

        @AttributeDefinition(description = "Highest UDP port for RTP/RTCP (inclusive). "
                + "IOS: voice service voip / rtp-port range START END", min = "1025", max = "65535")
        int rtp_port_max() default 32767;

        @AttributeDefinition(description = "Address (or interface name) the RTP sockets bind and SDP announces. "
                + "Empty: bind all addresses and announce, per call leg, the address the call core signals from "
                + "towards that leg. IOS: voice service voip / sip / bind media source-interface IF", required = false)
        String media_address() default "";

        @AttributeDefinition(description = "Seconds without RTP from a peer that should be sending before the "
                + "call is reported inactive; 0 = off. IOS: gateway / timer receive-rtp SECONDS (180-86400, default 1200)",
                min = "0", max = "86400")
        int media_inactivity_timer() default 1200;
    }

    /** @param bind address to bind and announce; null = the wildcard address */
    record Settings(int portMin, int portMax, InetAddress bind, long inactivityMillis) {}

    private final Set<RelaySession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextLoop = new AtomicInteger();
    private volatile Settings settings;
    private volatile PortPool pool;
    private volatile List<RelayLoop> loops = List.of();
    private volatile boolean stopped = true;

    @Activate
    void activate(Config config) {
        start(settings(config));
    }

    @Modified
    void modified(Config config) {
        Settings s = settings(config);
        pool.range(s.portMin(), s.portMax());
        settings = s;
        LOG.info("Media relay reconfigured: " + describe(s));
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    /** Starts with explicit settings (tests; {@link #activate} converts the configuration first). */
    void start(Settings s) {
        settings = s;
        pool = new PortPool(s.portMin(), s.portMax());
        long maxFiles = OpenFileLimit.ofThisProcess();
        pool.cap(OpenFileLimit.pairsAllowed(maxFiles));
        try {
            List<RelayLoop> l = new java.util.ArrayList<>();
            for (int i = 0; i < LOOPS; i++) {
                l.add(new RelayLoop("voxgate-media-" + i, pool, () -> settings.inactivityMillis() * 1_000_000L));
            }
            l.forEach(RelayLoop::start);
            loops = List.copyOf(l);
        } catch (IOException e) {
            loops.forEach(RelayLoop::stop);
            throw new UncheckedIOException("cannot open a selector for the media relay", e);
        }
        stopped = false;
        LOG.info("Media relay started: " + describe(s) + ", " + LOOPS + " relay thread(s)");
    }

    void stop() {
        stopped = true;
        for (RelaySession s : List.copyOf(sessions)) {
            s.close();
        }
        loops.forEach(RelayLoop::stop);
        loops = List.of();
        LOG.info("Media relay stopped; ports in use: " + (pool == null ? 0 : pool.inUse()));
    }

    @Override
    public MediaSession open(String callId, MediaListener listener) throws MediaException {
        List<RelayLoop> l = loops;
        if (stopped || l.isEmpty()) {
            throw new MediaException(MediaException.Reason.CLOSED, "the media relay is stopped");
        }
        if (sessions.size() >= pool.pairs()) { // every call needs two pairs per stream: never more calls than pairs
            throw new MediaException(MediaException.Reason.NO_PORTS, sessions.size() + " media sessions open, as many "
                    + "as RTP port pairs in " + pool.describe());
        }
        RelayLoop loop = l.get(Math.floorMod(nextLoop.getAndIncrement(), l.size()));
        RelaySession session = new RelaySession(callId, this, loop, listener);
        sessions.add(session);
        loop.add(session);
        if (stopped) { // stop() ran meanwhile: it may have missed this session
            session.close();
            throw new MediaException(MediaException.Reason.CLOSED, "the media relay is stopped");
        }
        return session;
    }

    Settings settings() {
        return settings;
    }

    PortPool pool() {
        return pool;
    }

    int sessionCount() {
        return sessions.size();
    }

    /** A new stream's two port pairs (one facing each leg); nothing is kept when the second cannot be had. */
    Stream newStream(int index, List<MediaTap> taps) throws MediaException {
        InetAddress bind = settings.bind();
        PortPair a = pool.allocate(bind);
        PortPair b;
        try {
            b = pool.allocate(bind);
        } catch (MediaException e) {
            release(a);
            throw e;
        }
        return new Stream(index, a, b, taps);
    }

    /** Gives back a stream that was never registered with a loop. */
    void release(Stream s) {
        release(s.a.ports);
        release(s.b.ports);
    }

    private void release(PortPair p) {
        RelayLoop.closeSockets(p);
        pool.release(p.port());
    }

    void closed(RelaySession session) {
        sessions.remove(session);
    }

    static Settings settings(Config c) {
        int min = c.rtp_port_min();
        int max = c.rtp_port_max();
        if (min < 1024 || max > 65535 || min + (min & 1) + 1 > max) {
            LOG.warning("rtp.port.min/max " + min + "-" + max + " hold no RTP/RTCP pair within 1024-65535; using 16384-32767");
            min = 16384;
            max = 32767;
        }
        int timer = c.media_inactivity_timer();
        if (timer < 0 || timer > 86400) {
            LOG.warning("media.inactivity.timer " + timer + " out of range 0-86400; using 1200");
            timer = 1200;
        }
        return new Settings(min, max, bindAddress(c.media_address()), timer * 1000L);
    }

    /** An IP literal, a host name, or an interface name (its first IPv4 address, else its first); null = wildcard. */
    static InetAddress bindAddress(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            NetworkInterface nif = NetworkInterface.getByName(v);
            if (nif != null) {
                InetAddress first = null;
                for (Enumeration<InetAddress> e = nif.getInetAddresses(); e.hasMoreElements();) {
                    InetAddress a = e.nextElement();
                    if (a instanceof java.net.Inet4Address) {
                        return a;
                    }
                    first = first == null ? a : first;
                }
                if (first != null) {
                    return first;
                }
            }
        } catch (SocketException e) {
            // not an interface name: try it as an address
        }
        try {
            InetAddress a = InetAddress.getByName(v);
            return a.isAnyLocalAddress() ? null : a;
        } catch (UnknownHostException e) {
            LOG.warning("media.address " + v + " is neither an interface nor an address; binding all addresses");
            return null;
        }
    }

    private String describe(Settings s) {
        int cap = pool.cap();
        return "RTP ports " + pool.describe() + (cap < pool.pairs() ? " (at most " + cap + " pairs in use: open-file limit)"
                : "") + ", " + (s.bind() == null ? "all addresses (SDP address per call leg)"
                : "address " + s.bind().getHostAddress()) + ", receive-rtp timer "
                + (s.inactivityMillis() == 0 ? "off" : s.inactivityMillis() / 1000 + " s");
    }
}
