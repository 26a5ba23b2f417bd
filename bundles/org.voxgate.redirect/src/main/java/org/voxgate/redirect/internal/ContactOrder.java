package org.voxgate.redirect.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.voxgate.spi.routing.RouteTarget;

/** IOS {@code voice service voip} / {@code sip} / {@code redirect contact order}: how the Contacts of a 300 are listed. */
enum ContactOrder {
    /** Most explicit digits matched by the destination pattern first (IOS default). */
    LONGEST_MATCH("longest-match") {
        @Override
        List<RouteTarget> sort(List<RouteTarget> huntOrder) {
            // sorted() is stable on an ordered stream, so peers that matched as many digits keep the router's order (preference, random).
            return huntOrder.stream().sorted(Comparator.comparingInt(RouteTarget::matchedDigits).reversed()).toList();
        }
    },
    /** "The current system configuration": the router's hunt order as given. */
    BEST_MATCH("best-match") {
        @Override
        List<RouteTarget> sort(List<RouteTarget> huntOrder) {
            return List.copyOf(huntOrder);
        }
    };

    private final String iosName;

    ContactOrder(String iosName) {
        this.iosName = iosName;
    }

    /** The targets in the order their Contacts are listed. */
    abstract List<RouteTarget> sort(List<RouteTarget> huntOrder);

    /** The IOS keyword, which is also the configuration value. */
    String iosName() {
        return iosName;
    }

    /** Case-insensitive, surrounding blanks ignored; empty for anything but the two IOS keywords. */
    static Optional<ContactOrder> parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (ContactOrder o : values()) {
            if (o.iosName.equals(v)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
