package org.voxgate.sip.internal.parse;

import java.text.ParseException;

import gov.nist.core.Host;
import gov.nist.core.HostPort;
import gov.nist.core.NameValue;
import gov.nist.javax.sip.header.Protocol;
import gov.nist.javax.sip.header.SIPHeader;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.header.ViaList;

/** {@code Via: PROTO/VERSION/TRANSPORT host[:port][;params]}: one value, no comment, no IPv6 reference. */
final class PlainVia {
    private PlainVia() {}

    static SIPHeader parse(String s, int from, int to) throws ParseException {
        int nameEnd = Text.tokenEnd(s, from, to);
        if (nameEnd == from || nameEnd >= to || s.charAt(nameEnd) != '/') {
            return null;
        }
        int versionEnd = Text.tokenEnd(s, nameEnd + 1, to);
        if (versionEnd == nameEnd + 1 || versionEnd >= to || s.charAt(versionEnd) != '/') {
            return null;
        }
        int transportEnd = Text.tokenEnd(s, versionEnd + 1, to);
        if (transportEnd == versionEnd + 1 || transportEnd >= to || !Text.isBlank(s.charAt(transportEnd))) {
            return null;
        }
        int hostStart = Text.skipBlanks(s, transportEnd);
        HostPort sentBy = new HostPort();
        int at = hostPort(s, hostStart, to, sentBy);
        if (at < 0) {
            return null;
        }
        Params params = Params.read(s, at, to, true);
        if (params == null || params.end != to) {
            return null;
        }
        Protocol protocol = new Protocol();
        protocol.setProtocolName(s.substring(from, nameEnd));
        protocol.setProtocolVersion(s.substring(nameEnd + 1, versionEnd));
        protocol.setTransport(s.substring(versionEnd + 1, transportEnd));
        Via via = new Via();
        via.setSentProtocol(protocol);
        via.setSentBy(sentBy);
        for (NameValue nv : params.values) {
            if (Via.BRANCH.equals(nv.getName()) && nv.getValueAsObject() == null) {
                return null; // the RI refuses a branch without a value
            }
            via.setParameter(nv);
        }
        ViaList list = new ViaList();
        list.add(via);
        return list;
    }

    /**
     * {@code host[:port]} from {@code at} into {@code into}: where it ends, or -1 when it is not plain. Shared with
     * SIP URIs.
     */
    static int hostPort(String s, int at, int to, HostPort into) {
        int hostEnd = Text.hostEnd(s, at, to);
        if (hostEnd == at) {
            return -1;
        }
        into.setHost(new Host(s.substring(at, hostEnd)));
        if (hostEnd < to && s.charAt(hostEnd) == ':') {
            int portEnd = Text.digitsEnd(s, hostEnd + 1, to);
            if (portEnd == hostEnd + 1 || portEnd - hostEnd - 1 > 5) {
                return -1;
            }
            int port = Integer.parseInt(s, hostEnd + 1, portEnd, 10);
            if (port > 65535) {
                return -1;
            }
            into.setPort(port);
            return portEnd;
        }
        return hostEnd;
    }
}
