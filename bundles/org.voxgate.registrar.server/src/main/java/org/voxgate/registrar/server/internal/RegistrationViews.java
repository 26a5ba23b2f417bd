package org.voxgate.registrar.server.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.voxgate.api.registrar.RegisterPoolDTO;
import org.voxgate.api.registrar.RegistrationDTO;
import org.voxgate.api.registrar.RegistrationsDTO;
import org.voxgate.spi.registrar.Binding;

/** The registrar's state as API DTOs for {@code show voice register all}. */
final class RegistrationViews {
    private RegistrationViews() {}

    static RegistrationsDTO all(SrstSettings settings, List<Pool> pools, Map<String, List<Binding>> snapshot, long now) {
        RegistrationsDTO dto = new RegistrationsDTO();
        dto.enabled = settings.enabled();
        dto.expiresMax = settings.expiresMax();
        dto.expiresMin = settings.expiresMin();
        dto.realm = settings.realm();
        dto.registrations = new ArrayList<>();
        Map<Integer, Integer> perPool = new HashMap<>();
        snapshot.forEach((aor, list) -> {
            for (Binding b : ContactTargets.huntOrder(list)) {
                RegistrationDTO r = binding(b, pools, now);
                perPool.merge(r.pool, 1, Integer::sum);
                dto.registrations.add(r);
            }
        });
        dto.pools = new ArrayList<>();
        for (Pool p : pools) {
            RegisterPoolDTO d = new RegisterPoolDTO();
            d.tag = p.tag();
            d.idNumber = p.number();
            d.idNetwork = p.hasNetwork() ? Pool.dotted(p.network()) : null;
            d.idMask = p.hasNetwork() ? Pool.dotted(p.mask()) : null;
            d.username = p.username();
            d.registrations = perPool.getOrDefault(p.tag(), 0);
            dto.pools.add(d);
        }
        return dto;
    }

    static List<RegistrationDTO> bindings(List<Binding> bindings, List<Pool> pools, long now) {
        List<RegistrationDTO> list = new ArrayList<>();
        for (Binding b : ContactTargets.huntOrder(bindings)) {
            list.add(binding(b, pools, now));
        }
        return list;
    }

    private static RegistrationDTO binding(Binding b, List<Pool> pools, long now) {
        RegistrationDTO r = new RegistrationDTO();
        r.aor = b.aor();
        r.contact = b.contact();
        r.q = b.q();
        r.expires = b.remainingSeconds(now);
        r.source = b.source();
        r.callId = b.callId();
        r.cseq = b.cseq();
        Pool p = SrstRegistrar.match(pools, b.aor(), sourceHost(b.source()));
        r.pool = p == null ? 0 : p.tag();
        return r;
    }

    /** "udp:127.0.0.1:5062" → "127.0.0.1". */
    static String sourceHost(String source) {
        if (source == null) {
            return null;
        }
        int first = source.indexOf(':');
        int last = source.lastIndexOf(':');
        return first >= 0 && last > first ? source.substring(first + 1, last) : source;
    }
}
