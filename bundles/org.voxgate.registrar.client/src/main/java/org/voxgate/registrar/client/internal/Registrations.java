package org.voxgate.registrar.client.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.voxgate.api.registration.RegistrarDTO;
import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.registration.RegistrationStatusDTO;

/**
 * Every line's registration with every configured registrar, kept in line with the configuration: a line or a
 * registrar that goes away is unregistered, a new one is registered, a registrar that only changed its
 * {@code expires} keeps its bindings. Confined to the registrar client's thread (no locking).
 */
final class Registrations {
    private record Key(String number, String registrar) {}

    private final LineRegistration.Env env;
    private final Map<String, RegistrarSpec> registrars = new TreeMap<>(); // "primary" sorts before "secondary"
    private Map<String, Integer> wanted = Map.of();
    private final Map<Key, LineRegistration> active = new TreeMap<>(
            (a, b) -> a.number.equals(b.number) ? a.registrar.compareTo(b.registrar) : a.number.compareTo(b.number));
    private final Set<LineRegistration> leaving = new HashSet<>();
    /** Counts of registrations that are gone, per registrar name: {successes, failures}. */
    private final Map<String, long[]> retired = new HashMap<>();
    private boolean stopped;

    Registrations(LineRegistration.Env env) {
        this.env = env;
    }

    /** The {@code primary} or {@code secondary} registrar, or null when it is not configured. */
    void registrar(String name, RegistrarSpec spec) {
        if (stopped) {
            return;
        }
        if (spec == null) {
            registrars.remove(name);
        } else {
            registrars.put(name, spec);
        }
        reconcile();
    }

    /** Line number to dial-peer tag. */
    void lines(Map<String, Integer> lines) {
        if (!stopped && !lines.equals(wanted)) {
            wanted = Map.copyOf(lines);
            reconcile();
        }
    }

    private void reconcile() {
        for (Iterator<Map.Entry<Key, LineRegistration>> it = active.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Key, LineRegistration> e = it.next();
            LineRegistration line = e.getValue();
            RegistrarSpec spec = registrars.get(e.getKey().registrar);
            Integer tag = wanted.get(e.getKey().number);
            if (tag == null || spec == null || !sameEndpoint(spec, line.spec())) {
                it.remove();
                retire(line);
            } else {
                line.peerTag(tag);
                if (!spec.equals(line.spec())) {
                    line.reconfigure(spec);
                }
            }
        }
        for (Map.Entry<String, Integer> l : wanted.entrySet()) {
            for (RegistrarSpec spec : registrars.values()) {
                Key key = new Key(l.getKey(), spec.name());
                if (!active.containsKey(key)) {
                    LineRegistration line = new LineRegistration(l.getKey(), l.getValue(), spec, env);
                    active.put(key, line);
                    line.start();
                }
            }
        }
    }

    private static boolean sameEndpoint(RegistrarSpec a, RegistrarSpec b) {
        return a.host().equalsIgnoreCase(b.host()) && a.port() == b.port() && a.transport().equals(b.transport())
                && a.dns() == b.dns();
    }

    private void retire(LineRegistration line) {
        leaving.add(line);
        line.stop(() -> {
            leaving.remove(line);
            long[] counts = retired.computeIfAbsent(line.spec().name(), n -> new long[2]);
            counts[0] += line.successes();
            counts[1] += line.failures();
        });
    }

    /** Failed registrations are tried again now (the sip-ua settings changed). */
    void retryFailed() {
        active.values().forEach(LineRegistration::retryNow);
    }

    /** Unregisters everything; {@code done} runs when every line has finished (at once if there is none). */
    void stopAll(Runnable done) {
        stopped = true;
        List<LineRegistration> all = new ArrayList<>(active.values());
        all.addAll(leaving);
        active.clear();
        leaving.clear();
        registrars.clear();
        int[] left = {all.size()};
        if (left[0] == 0) {
            done.run();
            return;
        }
        for (LineRegistration line : all) {
            line.stop(() -> {
                if (--left[0] == 0) {
                    done.run();
                }
            });
        }
    }

    // ---- status ---------------------------------------------------------------------------------

    List<RegistrarDTO> registrars() {
        List<RegistrarDTO> result = new ArrayList<>();
        for (RegistrarSpec spec : registrars.values()) {
            result.add(dto(spec));
        }
        return result;
    }

    List<RegistrationStatusDTO> lines(String registrar) {
        List<RegistrationStatusDTO> result = new ArrayList<>();
        for (Map.Entry<Key, LineRegistration> e : active.entrySet()) {
            if (e.getKey().registrar.equals(registrar)) {
                result.add(e.getValue().dto());
            }
        }
        return result;
    }

    /** See {@link RegistrationStatus#currentRegistrar()}. */
    Optional<RegistrarDTO> current() {
        RegistrarSpec primary = registrars.get(RegistrationStatus.PRIMARY);
        RegistrarSpec secondary = registrars.get(RegistrationStatus.SECONDARY);
        if (primary != null && usable(primary.name(), true)) {
            return Optional.of(dto(primary));
        }
        if (secondary != null && usable(secondary.name(), false)) {
            return Optional.of(dto(secondary));
        }
        return Optional.ofNullable(primary != null ? primary : secondary).map(this::dto);
    }

    /** Holds a registration of ours; or, with {@code untriedCounts}, has not failed any line yet. */
    private boolean usable(String registrar, boolean untriedCounts) {
        boolean anyFailed = false;
        for (Map.Entry<Key, LineRegistration> e : active.entrySet()) {
            if (e.getKey().registrar.equals(registrar)) {
                if (e.getValue().registered()) {
                    return true;
                }
                anyFailed |= e.getValue().failing();
            }
        }
        return untriedCounts && !anyFailed;
    }

    private RegistrarDTO dto(RegistrarSpec spec) {
        RegistrarDTO dto = new RegistrarDTO();
        dto.name = spec.name();
        dto.target = spec.target();
        dto.host = spec.host();
        dto.port = spec.port();
        dto.transport = spec.transport();
        dto.dns = spec.dns();
        dto.expires = spec.expires();
        long[] old = retired.getOrDefault(spec.name(), new long[2]);
        dto.registrations = old[0];
        dto.failures = old[1];
        for (Map.Entry<Key, LineRegistration> e : active.entrySet()) {
            if (Objects.equals(e.getKey().registrar, spec.name())) {
                LineRegistration line = e.getValue();
                dto.lines++;
                dto.linesRegistered += line.registered() ? 1 : 0;
                dto.registrations += line.successes();
                dto.failures += line.failures();
            }
        }
        return dto;
    }
}
