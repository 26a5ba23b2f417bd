package gov.nist.javax.sip.stack;

/**
 * Finds the Call-ID of a SIP message in its raw bytes, before the RI parses it: a scan of the header lines for
 * {@code Call-ID} or its compact form {@code i} (any case, optional blanks before the colon), up to the empty line
 * that ends the headers. Only a hash of the value is returned; the value is compared byte for byte (Call-ID is
 * case-sensitive, RFC 3261 20.8), with the blanks around it left out.
 */
final class RawCallId {
    /** No Call-ID header in the message. */
    static final int NONE = 0;

    private RawCallId() {}

    /** The hash of the message's Call-ID value, never {@link #NONE} for a message that has one; else NONE. */
    static int hash(byte[] b, int offset, int length) {
        int end = offset + length;
        int p = nextLine(b, offset, end); // the start line is not a header
        while (p < end && b[p] != '\r' && b[p] != '\n') {
            int value = valueOfCallId(b, p, end);
            if (value >= 0) {
                return hashValue(b, value, end);
            }
            p = nextLine(b, p, end);
        }
        return NONE;
    }

    /** Start of the value when the line at p is a Call-ID header, else -1. */
    private static int valueOfCallId(byte[] b, int p, int end) {
        int q;
        if (matches(b, p, end, "call-id")) {
            q = p + 7;
        } else if ((b[p] | 0x20) == 'i') {
            q = p + 1;
        } else {
            return -1;
        }
        while (q < end && (b[q] == ' ' || b[q] == '\t')) {
            q++;
        }
        return q < end && b[q] == ':' ? q + 1 : -1;
    }

    private static boolean matches(byte[] b, int p, int end, String lowerName) {
        if (end - p < lowerName.length()) {
            return false;
        }
        for (int i = 0; i < lowerName.length(); i++) {
            int c = b[p + i];
            if (c >= 'A' && c <= 'Z') {
                c |= 0x20;
            }
            if (c != lowerName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hashValue(byte[] b, int p, int end) {
        while (p < end && (b[p] == ' ' || b[p] == '\t')) {
            p++;
        }
        int stop = p;
        while (stop < end && b[stop] != '\r' && b[stop] != '\n') {
            stop++;
        }
        while (stop > p && (b[stop - 1] == ' ' || b[stop - 1] == '\t')) {
            stop--;
        }
        int h = 17;
        for (int i = p; i < stop; i++) {
            h = 31 * h + b[i];
        }
        return h == NONE ? 1 : h;
    }

    /** Start of the line after the one at p (end when there is none). */
    private static int nextLine(byte[] b, int p, int end) {
        while (p < end && b[p] != '\n') {
            p++;
        }
        return p + 1 > end ? end : p + 1;
    }
}
