package org.voxgate.config.ios.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IOS interface names as {@code show running-config} prints them: a type abbreviated to any unique prefix
 * ({@code lo0}, {@code gi0/0}, {@code fa0/1.100}) becomes its full name ({@code Loopback0},
 * {@code GigabitEthernet0/0}, {@code FastEthernet0/1.100}). Voxgate has no interfaces of its own, so only the
 * syntax is checked.
 */
final class InterfaceNames {
    private static final List<String> TYPES = List.of("Loopback", "GigabitEthernet", "FastEthernet", "Ethernet",
            "TenGigabitEthernet", "Serial", "Vlan", "Dialer", "Tunnel", "BVI", "Multilink", "Port-channel",
            "Virtual-Template", "Cellular");
    private static final Pattern NAME = Pattern.compile("([A-Za-z][A-Za-z-]*)\\s*([0-9]+(/[0-9]+)*(\\.[0-9]+)?)");

    private InterfaceNames() {}

    /** The canonical name of {@code typed}, e.g. {@code lo0} to {@code Loopback0}. */
    static String canonical(String typed) throws InvalidLine {
        Matcher m = NAME.matcher(typed);
        if (!m.matches()) {
            throw new InvalidLine("'" + typed + "' is not an interface name (TYPE followed by a number, e.g. Loopback0)");
        }
        String prefix = m.group(1).toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        for (String type : TYPES) {
            if (type.toLowerCase(Locale.ROOT).equals(prefix)) {
                return type + m.group(2);
            }
            if (type.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                candidates.add(type);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0) + m.group(2);
        }
        if (candidates.isEmpty()) {
            throw new InvalidLine("unknown interface type '" + m.group(1) + "': one of " + String.join(", ", TYPES));
        }
        throw new InvalidLine("ambiguous interface type '" + m.group(1) + "': " + String.join(", ", candidates));
    }
}
