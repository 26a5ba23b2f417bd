package org.voxgate.api.registrar;

import java.util.List;

import org.osgi.dto.DTO;

/** The registrar server as {@code show voice register all} reports it. */
public class RegistrationsDTO extends DTO {
    /** {@code voice service voip} / {@code sip} / {@code registrar server}: REGISTERs are accepted. */
    public boolean enabled;
    /** {@code registrar server expires max N}: longest registration granted, seconds. */
    public int expiresMax;
    /** {@code registrar server expires min N}: shortest registration accepted, seconds. */
    public int expiresMin;
    /** Digest realm of the pools that authenticate. */
    public String realm;
    /** {@code voice register pool N}, by tag. */
    public List<RegisterPoolDTO> pools;
    /** Every live binding, by AOR then in the order calls try them. */
    public List<RegistrationDTO> registrations;
}
