package org.voxgate.api.sipua;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the SIP stack: counters of every SIP message the stack received or sent, for
 * {@code show sip-ua statistics} / {@code clear sip-ua statistics}. Counting happens on the stack's
 * own send and receive paths, so retransmissions and messages the stack answers by itself count too.
 */
@ProviderType
public interface SipStatistics {
    /** The counters as they are now (a consistent-enough copy: counters keep running while it is taken). */
    SipStatisticsDTO snapshot();

    /** Sets every counter to zero (IOS {@code clear sip-ua statistics}). */
    void clear();
}
