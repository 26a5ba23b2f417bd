package org.voxgate.api.registration;

import org.osgi.dto.DTO;

/** One line's registration with one registrar: a row of {@code show sip-ua register status [secondary]}. */
public class RegistrationStatusDTO extends DTO {
    /** The line's number (the full destination-pattern of its POTS dial peer), the user part of the AOR. */
    public String number;
    /** {@link RegistrationStatus#PRIMARY} or {@link RegistrationStatus#SECONDARY}. */
    public String registrar;
    /** Tag of the POTS dial peer the number comes from (the lowest, when several peers share the number). */
    public int peerTag;
    /**
     * Seconds left of the registration the registrar granted, counting down; when not registered, the
     * registration time that is being asked for.
     */
    public long expiresSeconds;
    /** The registrar accepted the registration and it has not expired or failed since. */
    public boolean registered;
    /** {@code registering}, {@code registered}, {@code refreshing}, {@code failed} or {@code unregistering}. */
    public String state;
    /** Why the last attempt failed (e.g. {@code 403 Forbidden}, {@code no response}), null if none failed yet. */
    public String lastFailure;
    /** Successful REGISTER transactions (2xx) for this line and registrar since start. */
    public long registrations;
    /** Failed attempts for this line and registrar since start. */
    public long failures;
}
