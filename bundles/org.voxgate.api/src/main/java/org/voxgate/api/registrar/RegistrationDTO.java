package org.voxgate.api.registrar;

import org.osgi.dto.DTO;

/** One binding of an address of record to a contact (RFC 3261 10.3). */
public class RegistrationDTO extends DTO {
    /** Address of record: the user part of To (the phone's number). */
    public String aor;
    /** The Contact URI as registered. */
    public String contact;
    /** q-value 0.0-1.0. */
    public float q;
    /** Seconds until the binding lapses. */
    public long expires;
    /** Where the REGISTER came from, "transport:host:port". */
    public String source;
    /** Call-ID of the REGISTER that last refreshed it. */
    public String callId;
    /** Its CSeq number. */
    public long cseq;
    /** Tag of the pool the AOR and source match now; 0 when none does (e.g. the pool was removed). */
    public int pool;
}
