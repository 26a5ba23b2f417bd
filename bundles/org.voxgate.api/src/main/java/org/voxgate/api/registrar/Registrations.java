package org.voxgate.api.registrar;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the SRST registrar server ({@code org.voxgate.registrar.server}) while it is installed. */
@ProviderType
public interface Registrations {

    /** Settings, pools and every live binding (may be large: one entry per contact). */
    RegistrationsDTO all();

    /** The live bindings of one address of record, in the order calls try them; empty when it is not registered. */
    List<RegistrationDTO> bindings(String aor);
}
