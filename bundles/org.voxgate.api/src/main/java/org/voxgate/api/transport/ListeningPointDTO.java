package org.voxgate.api.transport;

import org.osgi.dto.DTO;

/** One open SIP listening point. */
public class ListeningPointDTO extends DTO {
    /** {@code UDP} or {@code TCP}. */
    public String transport;
    public String address;
    public int port;
}
