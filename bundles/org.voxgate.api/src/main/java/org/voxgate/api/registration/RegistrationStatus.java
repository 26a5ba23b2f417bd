package org.voxgate.api.registration;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Provided by the registrar client (feature {@code voxgate-registrar-client}): where the gateway's lines are
 * registered. Every call returns a fresh snapshot; nothing here changes state.
 */
@ProviderType
public interface RegistrationStatus {
    /** Name of the registrar configured by {@code registrar ...} (without {@code secondary}). */
    String PRIMARY = "primary";
    /** Name of the registrar configured by {@code registrar ... secondary}. */
    String SECONDARY = "secondary";

    /** The configured registrars, primary first. Empty when no {@code registrar} is configured. */
    List<RegistrarDTO> registrars();

    /**
     * Every line's registration with one registrar ({@link #PRIMARY} or {@link #SECONDARY}), by line number;
     * empty for a registrar that is not configured.
     */
    List<RegistrationStatusDTO> lines(String registrar);

    /**
     * The registrar that {@code session target registrar} reaches now: the primary while it holds at least one
     * registration of ours (or while no line has been answered yet), else the secondary if it holds one, else the
     * primary if configured, else the secondary. Empty when none is configured.
     */
    Optional<RegistrarDTO> currentRegistrar();
}
