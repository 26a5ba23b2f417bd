package org.voxgate.spi.port;

import org.osgi.annotation.versioning.ConsumerType;

/** Outcome of a call on a port, reported to the side that did not start the action. */
@ConsumerType
public interface PortCallListener {
    /** The far end is being alerted (the line rings, or the network reports ringing). */
    void alerting();

    /** Answered; {@code sdp} describes the answering side's media (may be null if none). */
    void answered(String sdp);

    /** The call ended or was refused, with a Q.850 cause (16 normal clearing, 17 user busy, 19 no answer, ...). */
    void released(int q850Cause);
}
