package org.voxgate.pots.sim.internal;

/**
 * RTP counters of one call. Bytes are payload octets (as RTCP's octet count). A received packet "has energy"
 * when the RMS of its decoded G.711 samples is at least {@link RtpSession#ENERGY_RMS} (about -44 dBm0).
 */
record MediaCounters(long packetsSent, long bytesSent, long packetsReceived, long bytesReceived,
        long packetsWithEnergy) {
    static final MediaCounters NONE = new MediaCounters(0, 0, 0, 0, 0);
}
