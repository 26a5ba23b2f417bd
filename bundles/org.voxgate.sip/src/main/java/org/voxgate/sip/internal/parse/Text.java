package org.voxgate.sip.internal.parse;

/** Character classes of RFC 3261's grammar, as far as the plain forms of {@link PlainHeaders} need them. */
final class Text {
    private Text() {}

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
    }

    /** RFC 3261 token: alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~". */
    static boolean isTokenChar(char c) {
        return isAlphanumeric(c) || "-.!%*_+`'~".indexOf(c) >= 0;
    }

    /** Letters, digits and "-._+": what a display name without quotes is taken from here. */
    static boolean isWordChar(char c) {
        return isAlphanumeric(c) || "-._+".indexOf(c) >= 0;
    }

    /** A host name or IPv4 address character (no IPv6 reference). */
    static boolean isHostChar(char c) {
        return isAlphanumeric(c) || c == '.' || c == '-';
    }

    /** The user part of a SIP URI in its plain form: unreserved characters without escapes. */
    static boolean isUserChar(char c) {
        return isAlphanumeric(c) || "-_.!~*'()+".indexOf(c) >= 0;
    }

    static int skipBlanks(String s, int at) {
        while (at < s.length() && isBlank(s.charAt(at))) {
            at++;
        }
        return at;
    }

    static int digitsEnd(String s, int from, int to) {
        while (from < to && isDigit(s.charAt(from))) {
            from++;
        }
        return from;
    }

    static int tokenEnd(String s, int from, int to) {
        while (from < to && isTokenChar(s.charAt(from))) {
            from++;
        }
        return from;
    }

    static int hostEnd(String s, int from, int to) {
        while (from < to && isHostChar(s.charAt(from))) {
            from++;
        }
        return from;
    }
}
