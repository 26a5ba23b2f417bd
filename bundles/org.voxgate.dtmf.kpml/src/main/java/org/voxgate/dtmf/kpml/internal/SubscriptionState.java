package org.voxgate.dtmf.kpml.internal;

import java.util.Locale;

/**
 * A {@code Subscription-State} header value (RFC 6665 §8.2.3): {@code active;expires=7200},
 * {@code terminated;reason=timeout}.
 *
 * @param state   {@code active}, {@code pending}, {@code terminated} (lower case), or what else the peer sent
 * @param reason  the {@code reason} parameter, lower case; null without one
 * @param expires the {@code expires} parameter in seconds; -1 without one
 */
record SubscriptionState(String state, String reason, int expires) {

    static SubscriptionState active(long expiresSeconds) {
        return new SubscriptionState("active", null, (int) Math.max(0, expiresSeconds));
    }

    static SubscriptionState terminated(String reason) {
        return new SubscriptionState("terminated", reason, -1);
    }

    boolean isTerminated() {
        return state.equals("terminated");
    }

    /**
     * Whether RFC 6665 §4.1.3 lets the subscriber try again at once: no reason, {@code deactivated} or
     * {@code timeout}. After {@code rejected}, {@code noresource}, {@code giveup}, {@code probation} or an unknown
     * reason a new SUBSCRIBE would be refused again or must wait, so we do not retry.
     */
    boolean mayResubscribe() {
        return reason == null || reason.equals("deactivated") || reason.equals("timeout");
    }

    /** Parses a header value; a missing header reads as {@code active} (we only act on an explicit terminated). */
    static SubscriptionState parse(String value) {
        if (value == null || value.isBlank()) {
            return new SubscriptionState("active", null, -1);
        }
        String[] parts = value.split(";");
        String reason = null;
        int expires = -1;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            String name = kv[0].trim().toLowerCase(Locale.ROOT);
            String v = kv.length == 2 ? kv[1].trim() : "";
            if (name.equals("reason")) {
                reason = v.toLowerCase(Locale.ROOT);
            } else if (name.equals("expires")) {
                try {
                    expires = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    expires = -1;
                }
            }
        }
        return new SubscriptionState(parts[0].trim().toLowerCase(Locale.ROOT), reason, expires);
    }

    String format() {
        return state + (reason == null ? "" : ";reason=" + reason) + (expires < 0 ? "" : ";expires=" + expires);
    }
}
