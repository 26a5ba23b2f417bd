package org.voxgate.api.transport;

import java.util.List;

import org.osgi.dto.DTO;

/** Snapshot of the transport configuration and the listening points actually open. */
public class TransportStatusDTO extends DTO {
    /** {@code transport udp} configured (IOS: SIP User Agent for UDP). */
    public boolean udpEnabled;
    public boolean tcpEnabled;
    public boolean tlsEnabled;
    /** {@code bind control source-interface} configured. */
    public boolean bindSignaling;
    /** {@code bind media source-interface} configured. */
    public boolean bindMedia;
    public int listenPort;
    public String bindAddress;
    /** Listening points that are open and answering. */
    public List<ListeningPointDTO> listening;
    /** Listening points that were configured but could not be opened, with the reason. */
    public List<String> failures;
}
