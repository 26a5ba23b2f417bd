package org.voxgate.redirect.internal;

import java.nio.charset.StandardCharsets;

import org.voxgate.spi.routing.RouteTarget;

/** The SIP URI that a VoIP route target becomes in a 3xx Contact: {@code sip:NUMBER@HOST[:PORT][;transport=tcp]}. */
final class ContactUri {

    /** RFC 3261 §25.1 user = 1*( unreserved / escaped / user-unreserved ); everything else is %-escaped. */
    private static final String USER_SAFE = "-_.!~*'()&=+$,;?/";

    private ContactUri() {}

    /**
     * The Contact URI of an {@link RouteTarget.Kind#IPV4} or {@link RouteTarget.Kind#DNS} target. Port 0 ("not given")
     * is left out so the caller resolves it as the dial peer would (RFC 3263 for DNS names, 5060 for addresses); UDP
     * is the SIP default and needs no parameter.
     */
    static String of(RouteTarget target) {
        StringBuilder uri = new StringBuilder("sip:");
        String number = target.number();
        if (number != null && !number.isEmpty()) {
            appendUser(uri, number);
            uri.append('@');
        }
        String host = target.host();
        // An IPv6 literal must be bracketed in a URI (RFC 3261 §25.1 IPv6reference); harmless for the kinds we get today.
        uri.append(host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
        if (target.port() > 0) {
            uri.append(':').append(target.port());
        }
        if ("tcp".equalsIgnoreCase(target.transport())) {
            uri.append(";transport=tcp");
        }
        return uri.toString();
    }

    // Dial strings may carry '#', which is not allowed unescaped in a SIP user part (and would end the URI at a fragment).
    private static void appendUser(StringBuilder uri, String number) {
        for (byte b : number.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || USER_SAFE.indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }
}
