package gov.nist.javax.sip.stack;

import java.io.IOException;
import java.net.InetAddress;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * Sends the bytes of a final response kept for Timer J over UDP, out of the socket the request came in on: the
 * first time ({@link #first}: the RI's stateless send would encode the response a second time) and again for a
 * retransmitted request ({@link #again}). Where it goes is where the RI sends a response (RFC 3261 18.2.2, RFC 3581:
 * the received address, else the Via's host; the rport, else the Via's port, else 5060). In the RI's package because
 * {@link MessageChannel}'s raw send is protected.
 */
public final class RawResend {
    private RawResend() {}

    /**
     * A response to a request answered without a transaction, sent for the first time; the stack's message logger
     * hears it as from the RI's send ({@code show sip-ua statistics}, {@code debug ccsip messages}). Any thread.
     *
     * @return false when the request did not come over UDP (nothing sent)
     */
    public static boolean first(SIPRequest request, SIPResponse response, byte[] bytes) throws IOException {
        if (!(request.getMessageChannel() instanceof UDPMessageChannel udp)) {
            return false;
        }
        Via via = response.getTopmostVia();
        InetAddress to = InetAddress.getByName(via.getReceived() != null ? via.getReceived() : via.getHost());
        int port = port(via, -1);
        long time = System.currentTimeMillis();
        // the address and port are the arguments, not the channel's last packet: safe from any thread
        udp.sendMessage(bytes, to, port, false);
        udp.logMessage(response, to, port, time);
        return true;
    }

    /**
     * The kept response again, to the source of the retransmitted request the channel is handling now (its
     * thread only: the channel's packet source is that request's). Not logged (the caller counts it).
     *
     * @return false when the channel is not a UDP one (nothing sent)
     */
    public static boolean again(MessageChannel channel, Via top, byte[] response) throws IOException {
        if (!(channel instanceof UDPMessageChannel udp)) {
            return false;
        }
        udp.sendMessage(response, udp.getPeerPacketSourceAddress(), port(top, udp.getPeerPacketSourcePort()), false);
        return true;
    }

    /** The rport, the source port when rport was asked for without a value ({@code sourcePort} > 0), the Via's port, 5060. */
    private static int port(Via via, int sourcePort) {
        if (via.getRPort() > 0) {
            return via.getRPort();
        }
        if (sourcePort > 0 && via.hasParameter(Via.RPORT)) {
            return sourcePort;
        }
        return via.getPort() > 0 ? via.getPort() : 5060;
    }
}
