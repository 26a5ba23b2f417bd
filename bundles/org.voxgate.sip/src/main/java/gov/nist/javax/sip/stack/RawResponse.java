package gov.nist.javax.sip.stack;

import java.io.IOException;
import java.net.InetAddress;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;

/**
 * Sends a final response to a request received over UDP and answered without a transaction, from bytes already
 * encoded (they are also kept for Timer J): the RI's stateless send would encode the response a second time. Where
 * it goes is where the RI sends it (RFC 3261 18.2.2: the top Via's received address, else its host; its rport, else
 * its port, else 5060), out of the socket the request came in on; the stack's message logger hears it as from the
 * RI's send ({@code show sip-ua statistics}, {@code debug ccsip messages}). In the RI's package: a message channel's
 * raw send is protected.
 */
public final class RawResponse {
    private RawResponse() {}

    /** @return false when the request did not come over UDP (nothing sent) */
    public static boolean send(SIPRequest request, SIPResponse response, byte[] bytes) throws IOException {
        if (!(request.getMessageChannel() instanceof UDPMessageChannel udp)) {
            return false;
        }
        Via via = response.getTopmostVia();
        String host = via.getReceived() != null ? via.getReceived() : via.getHost();
        int port = via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : 5060;
        InetAddress to = InetAddress.getByName(host);
        long time = System.currentTimeMillis();
        // the address and port are the arguments, not the channel's last packet: safe from any thread
        udp.sendMessage(bytes, to, port, false);
        udp.logMessage(response, to, port, time);
        return true;
    }
}
