package gov.nist.javax.sip.stack;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The RI's default (blocking I/O) message processors, with {@link SizedDatagramUDPMessageProcessor} for UDP.
 * Named by {@code gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY}. In the RI's package because the stack's
 * {@code udpFlag} (UDP sends go out of the listening socket) is package-private, as in
 * {@link OIOMessageProcessorFactory}.
 */
public class VoxgateMessageProcessorFactory extends OIOMessageProcessorFactory {
    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port,
            String transport) throws IOException {
        if ("UDP".equalsIgnoreCase(transport)) {
            MessageProcessor processor = new SizedDatagramUDPMessageProcessor(address, stack, port);
            stack.udpFlag = true;
            return processor;
        }
        return super.createMessageProcessor(stack, address, port, transport);
    }
}
