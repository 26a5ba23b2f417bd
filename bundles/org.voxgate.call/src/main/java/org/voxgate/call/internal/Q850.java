package org.voxgate.call.internal;

/** ISDN cause (Q.850) to SIP status, after RFC 3398 section 8.2.1, and back for the common SIP failures. */
final class Q850 {
    static final int NORMAL_CLEARING = 16;
    static final int USER_BUSY = 17;
    static final int NO_ANSWER = 19;
    static final int NORMAL_UNSPECIFIED = 31;

    private Q850() {}

    static int toSip(int cause) {
        return switch (cause) {
            case 1, 2, 3 -> 404;
            case 17 -> 486;
            case 18 -> 408;
            case 19, 20, 16, 31 -> 480;
            case 21, 55, 57, 87 -> 403;
            case 22 -> 410;
            case 23 -> 410;
            case 26 -> 404;
            case 27 -> 502;
            case 28 -> 484;
            case 29, 79 -> 501;
            case 34, 38, 41, 42, 47, 58 -> 503;
            case 65, 88 -> 488;
            case 102 -> 504;
            default -> 500;
        };
    }

    static int fromSip(int status) {
        return switch (status) {
            case 400, 500 -> 41;
            case 401, 402, 403, 407 -> 21;
            case 404, 485, 604 -> 1;
            case 408, 504 -> 102;
            case 410 -> 22;
            case 480 -> 18;
            case 484 -> 28;
            case 486, 600 -> 17;
            case 487 -> NORMAL_UNSPECIFIED;
            case 488, 606 -> 88;
            case 502 -> 38;
            case 503 -> 34;
            case 603 -> 21;
            default -> status >= 500 ? 38 : NORMAL_UNSPECIFIED;
        };
    }
}
