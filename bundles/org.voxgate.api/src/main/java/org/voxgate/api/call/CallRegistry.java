package org.voxgate.api.call;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Provided by the call core: snapshots of the calls in progress. */
@ProviderType
public interface CallRegistry {
    /** Every call that has not ended, oldest first. */
    List<CallDTO> calls();

    /** Calls set up since start, for statistics. */
    long callsAttempted();

    /** {@code show sip service}: up, or shut (draining or forced) and by which command. */
    SipServiceDTO sipService();

    /** The POTS voice ports known to the call core, by name. */
    List<VoicePortDTO> voicePorts();

    /** Digits received and sent per DTMF relay method since start or {@link #clearDtmfStatistics()}. */
    default List<DtmfStatisticsDTO> dtmfStatistics() {
        return List.of();
    }

    /** {@code clear sip-ua statistics}: resets the DTMF digit counters. */
    default void clearDtmfStatistics() {
    }
}
