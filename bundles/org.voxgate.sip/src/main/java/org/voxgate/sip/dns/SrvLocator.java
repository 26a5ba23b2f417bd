package org.voxgate.sip.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * RFC 3263 §4.2 server location for a {@code dns:host} target without a port: DNS SRV {@code _sip._udp.host} or
 * {@code _sip._tcp.host}, one record chosen by priority and then weight (RFC 2782). No usable SRV record: empty, and
 * the caller uses the host's A record on 5060. Uses the JDK's DNS client (JNDI; 500 ms timeout, 2 retries) with the
 * system's resolver configuration unless a server is given (tests run their own on 127.0.0.1). The records of a name
 * are kept for {@link #CACHE_MILLIS} (JNDI does not give the TTL), so repeated sends do not each ask the DNS.
 * Thread-safe.
 */
public final class SrvLocator {
    private static final Logger LOG = Logger.getLogger(SrvLocator.class.getName());
    /** How long the records of one name are reused (JNDI does not give the record TTL). */
    public static final long CACHE_MILLIS = 60_000;

    public record Srv(int priority, int weight, int port, String target) {}

    private record Cached(long until, List<Srv> records) {}

    private final String providerUrl;
    private final LongSupplier clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** @param server "host:port" of a DNS server, or null for the system's resolvers */
    public SrvLocator(String server) {
        this(server, System::currentTimeMillis);
    }

    public SrvLocator(String server, LongSupplier clock) {
        this.providerUrl = server == null ? "dns:" : "dns://" + server + "/";
        this.clock = clock;
    }

    /** The SRV target (host, port) chosen for {@code host} over {@code transport} ("udp"/"tcp"); empty when none. */
    public Optional<Srv> locate(String host, String transport) {
        String name = "_sip._" + transport + "." + host;
        long now = clock.getAsLong();
        Cached c = cache.get(name);
        if (c == null || c.until() <= now) {
            c = new Cached(now + CACHE_MILLIS, lookup(name));
            cache.put(name, c);
        }
        return pick(c.records());
    }

    List<Srv> lookup(String name) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("java.naming.provider.url", providerUrl);
        env.put("com.sun.jndi.dns.timeout.initial", "500");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the JDK's DNS provider is found through the context class loader; a bundle's loader cannot see it
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        DirContext context = null;
        try {
            context = new InitialDirContext(env);
            Attributes attributes = context.getAttributes(name, new String[] {"SRV"});
            Attribute srv = attributes.get("SRV");
            List<Srv> records = new ArrayList<>();
            if (srv != null) {
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    parse(values.next().toString()).ifPresent(records::add);
                }
            }
            return List.copyOf(records);
        } catch (NamingException e) {
            LOG.log(Level.FINE, "No SRV records for " + name + ": " + e.getMessage(), e);
            return List.of();
        } finally {
            thread.setContextClassLoader(previous);
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException e) {
                    LOG.log(Level.FINE, "close", e);
                }
            }
        }
    }

    /** "priority weight port target." as JNDI prints an SRV record. */
    public static Optional<Srv> parse(String text) {
        String[] f = text.trim().split("\\s+");
        if (f.length != 4) {
            return Optional.empty();
        }
        try {
            String target = f[3].endsWith(".") ? f[3].substring(0, f[3].length() - 1) : f[3];
            int port = Integer.parseInt(f[2]);
            if (target.isEmpty() || port < 1 || port > 65535) {
                return Optional.empty(); // "." = service not available here (RFC 2782)
            }
            return Optional.of(new Srv(Integer.parseInt(f[0]), Integer.parseInt(f[1]), port, target));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** RFC 2782: lowest priority; among those, weighted random (weight 0 only when nothing else). */
    public static Optional<Srv> pick(List<Srv> records) {
        if (records.isEmpty()) {
            return Optional.empty();
        }
        int best = records.stream().mapToInt(Srv::priority).min().orElseThrow();
        List<Srv> group = records.stream().filter(r -> r.priority() == best)
                .sorted(Comparator.comparingInt(Srv::weight)).toList();
        int total = group.stream().mapToInt(Srv::weight).sum();
        if (total == 0) {
            return Optional.of(group.get(0));
        }
        int roll = ThreadLocalRandom.current().nextInt(total) + 1;
        int running = 0;
        for (Srv r : group) {
            running += r.weight();
            if (running >= roll) {
                return Optional.of(r);
            }
        }
        return Optional.of(group.get(group.size() - 1));
    }
}
