package org.voxgate.spi.routing;

import java.util.List;

/**
 * One outbound dial peer chosen for a call, resolved to what the call core needs to place the leg.
 *
 * @param peerTag        dial-peer tag
 * @param kind           what the session target names
 * @param host           target host (IP literal or DNS name) for {@link Kind#IPV4}/{@link Kind#DNS}; null otherwise
 * @param port           target port; 0 = not given (DNS SRV/A per RFC 3263 for DNS, 5060 for IPv4)
 * @param transport      "udp" or "tcp" (dial peer {@code session transport}, else the global one)
 * @param transportSwitch {@code transport switch udp tcp} in effect (large requests go over TCP)
 * @param number         the number to send: the called number for VoIP, after {@code prefix}/{@code forward-digits} for POTS
 * @param potsPort       POTS {@code port X/Y/Z}; null for VoIP
 * @param matchedDigits  explicit digits the destination pattern matched (for {@code redirect contact order longest-match})
 * @param preference     0-10
 * @param huntstop       hunting stops after this peer fails
 * @param redirectIp2ip  {@code redirect ip2ip} configured on this peer
 * @param dtmfRelay      {@code dtmf-relay} methods in preference order (may be empty)
 * @param codecs         configured codecs (passed through for now)
 */
public record RouteTarget(int peerTag, Kind kind, String host, int port, String transport, boolean transportSwitch,
        String number, String potsPort, int matchedDigits, int preference, boolean huntstop, boolean redirectIp2ip,
        List<String> dtmfRelay, List<String> codecs) {

    /** The kinds of IOS {@code session target}, plus POTS. */
    public enum Kind { IPV4, DNS, SIP_SERVER, REGISTRAR, POTS }

    public RouteTarget {
        dtmfRelay = List.copyOf(dtmfRelay);
        codecs = List.copyOf(codecs);
    }

    public boolean isPots() {
        return kind == Kind.POTS;
    }
}
