package org.voxgate.shell.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.voxgate.api.registrar.RegisterPoolDTO;
import org.voxgate.api.registrar.RegistrationDTO;
import org.voxgate.api.registrar.RegistrationsDTO;

/**
 * {@code show voice register all}: IOS's section order (global settings, then {@code Pool Tag N} with its
 * {@code Config:}), then the bindings, one line each, where IOS would list the dial peers it created for
 * registered phones:
 * <pre>
 * VOICE REGISTER GLOBAL
 * =====================
 * Registrar server is enabled
 *   expires max 3600 min 60
 *   authenticate realm voxgate
 *   Pools 2, registered contacts 3 (AORs 2)
 *
 * Pool Tag 1
 * Config:
 *   Id number 6...
 *   Username alice, password is set (digest authentication)
 *   Registered contacts 1
 *
 * Registrations:
 * AOR              Contact                                      Expires Q     Pool Source
 * 6001             sip:6001@127.0.0.1:5062                      3587    1.0   1    udp:127.0.0.1:5062
 * </pre>
 */
final class VoiceRegisterAllFormatter {
    static final int CONTACT = 17;
    static final int EXPIRES = 62;
    static final int Q = 70;
    static final int POOL = 76;
    static final int SOURCE = 81;

    private VoiceRegisterAllFormatter() {}

    static String format(RegistrationsDTO r) {
        List<RegisterPoolDTO> pools = r.pools == null ? List.of() : r.pools;
        List<RegistrationDTO> bindings = r.registrations == null ? List.of() : r.registrations;
        Set<String> aors = new HashSet<>();
        bindings.forEach(b -> aors.add(b.aor));
        StringBuilder out = new StringBuilder(256 + 100 * bindings.size());
        out.append("VOICE REGISTER GLOBAL\n=====================\n");
        if (r.enabled) {
            out.append("Registrar server is enabled\n");
        } else {
            out.append("Registrar server is not enabled (REGISTER refused with 403)\n");
        }
        out.append("  expires max ").append(r.expiresMax).append(" min ").append(r.expiresMin).append('\n');
        out.append("  authenticate realm ").append(r.realm).append('\n');
        out.append("  Pools ").append(pools.size()).append(", registered contacts ").append(bindings.size())
                .append(" (AORs ").append(aors.size()).append(")\n");
        for (RegisterPoolDTO p : pools) {
            out.append("\nPool Tag ").append(p.tag).append("\nConfig:\n");
            if (p.idNumber != null) {
                out.append("  Id number ").append(p.idNumber).append('\n');
            }
            if (p.idNetwork != null) {
                out.append("  Id network ").append(p.idNetwork).append(" mask ").append(p.idMask).append('\n');
            }
            if (p.idNumber == null && p.idNetwork == null) {
                out.append("  No id: admits no REGISTER\n");
            }
            if (p.username != null) {
                out.append("  Username ").append(p.username).append(", password is set (digest authentication)\n");
            }
            out.append("  Registered contacts ").append(p.registrations).append('\n');
        }
        out.append("\nRegistrations:\n");
        out.append(row("AOR", "Contact", "Expires", "Q", "Pool", "Source"));
        for (RegistrationDTO b : bindings) {
            out.append(row(b.aor, b.contact, Long.toString(b.expires), Float.toString(b.q),
                    b.pool == 0 ? "-" : Integer.toString(b.pool), b.source));
        }
        return out.toString();
    }

    private static String row(String aor, String contact, String expires, String q, String pool, String source) {
        return new TextColumns().left(0, aor).left(CONTACT, contact).left(EXPIRES, expires).left(Q, q).left(POOL, pool)
                .left(SOURCE, source) + "\n";
    }
}
