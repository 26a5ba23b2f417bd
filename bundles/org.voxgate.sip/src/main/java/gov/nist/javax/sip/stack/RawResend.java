package gov.nist.javax.sip.stack;

import java.io.IOException;
import java.net.InetAddress;

import gov.nist.javax.sip.header.Via;

/**
 * Sends the bytes of a response kept from a completed transaction back to where the retransmitted request came
 * from (RFC 3261 18.2.2: the source address, and the source port when the request asked for rport, else the Via
 * port). In the RI's package because {@link MessageChannel}'s raw send is protected.
 */
public final class RawResend {
    private RawResend() {}

    /** @return false when the channel is not a UDP one (nothing sent) */
    public static boolean send(MessageChannel channel, Via top, byte[] response) throws IOException {
        if (!(channel instanceof UDPMessageChannel udp)) {
            return false;
        }
        InetAddress to = udp.getPeerPacketSourceAddress();
        int port = top.getRPort() > 0 ? top.getRPort() : top.hasParameter(Via.RPORT) ? udp.getPeerPacketSourcePort()
                : top.getPort() > 0 ? top.getPort() : 5060;
        udp.sendMessage(response, to, port, false);
        return true;
    }
}
