package org.voxgate.api.registrar;

import org.osgi.dto.DTO;

/** One {@code voice register pool N}. The password is never part of a view. */
public class RegisterPoolDTO extends DTO {
    /** Pool tag N. */
    public int tag;
    /** {@code id number PATTERN} (digits, {@code .} = any one character), or null. */
    public String idNumber;
    /** {@code id network A.B.C.D mask M.M.M.M}: the network, or null. */
    public String idNetwork;
    /** ... and its mask, or null. */
    public String idMask;
    /** {@code username U}: REGISTERs matching this pool must authenticate (digest) as U; null = no authentication. */
    public String username;
    /** Live bindings whose REGISTER matched this pool (by AOR or source address). */
    public int registrations;
}
