package org.voxgate.spi.routing;

import java.util.List;

/**
 * The inbound dial peer a SIP call matched.
 *
 * @param peerTag       dial-peer tag
 * @param criterion     which IOS criterion matched
 * @param redirectIp2ip {@code redirect ip2ip} configured on this peer
 * @param dtmfRelay     {@code dtmf-relay} methods in preference order (may be empty)
 * @param codecs        configured codecs
 */
public record InboundPeer(int peerTag, Criterion criterion, boolean redirectIp2ip, List<String> dtmfRelay,
        List<String> codecs) {

    /** IOS inbound matching order. */
    public enum Criterion { INCOMING_CALLED_NUMBER, ANSWER_ADDRESS, DESTINATION_PATTERN }

    public InboundPeer {
        dtmfRelay = List.copyOf(dtmfRelay);
        codecs = List.copyOf(codecs);
    }
}
