package org.voxgate.api.call;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the call core: snapshots of the calls in progress. */
@ProviderType
public interface CallRegistry {
    /** Every call that has not ended, oldest first. */
    List<CallDTO> calls();

    /** Calls set up since start, and how many of them failed, for statistics. */
    long callsAttempted();
}
