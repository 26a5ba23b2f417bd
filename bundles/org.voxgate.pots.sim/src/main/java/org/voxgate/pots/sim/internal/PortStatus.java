package org.voxgate.pots.sim.internal;

import org.voxgate.spi.port.PortState;

/** A line and its current call (numbers null and counters zero when idle), for {@code pots status}. */
record PortStatus(String id, String signalling, PortState state, String callingNumber, String calledNumber,
        int rtpPort, MediaCounters counters) {}
