package org.voxgate.spi.registrar;

/**
 * One contact bound to an address of record (RFC 3261 10.3).
 *
 * @param aor       the address of record: the user part of To (the phone's number)
 * @param contact   the Contact URI as registered, e.g. {@code sip:6001@127.0.0.1:5062;transport=tcp}
 * @param q         preference 0.0-1.0 (higher first); 1.0 when the contact had none
 * @param expiresAt epoch milliseconds when the binding lapses
 * @param callId    Call-ID of the REGISTER that last refreshed it (with {@code cseq}: RFC 3261 10.3 step 7)
 * @param cseq      CSeq number of that REGISTER
 * @param source    where the REGISTER came from, "transport:host:port" (for NAT'ed phones and show commands)
 */
public record Binding(String aor, String contact, float q, long expiresAt, String callId, long cseq, String source) {

    public long remainingSeconds(long nowMillis) {
        return Math.max(0, (expiresAt - nowMillis + 999) / 1000);
    }
}
