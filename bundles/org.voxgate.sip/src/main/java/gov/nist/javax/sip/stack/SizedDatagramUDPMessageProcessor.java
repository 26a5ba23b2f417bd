package gov.nist.javax.sip.stack;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.LinkedList;

import gov.nist.core.CommonLogger;
import gov.nist.core.StackLogger;
import gov.nist.core.ThreadAuditor;
import gov.nist.javax.sip.SipStackImpl;

/**
 * The RI's UDP message processor, except that it receives every datagram into one buffer of the maximum
 * datagram size (reused by its single receiving thread) and hands on a copy of exactly the received length.
 * The RI allocates a new buffer of the maximum size (64 KB) for each datagram, which was 55-72% of all bytes
 * Voxgate allocated under call load (BENCHMARKS.md). Datagrams up to the same maximum size are still accepted.
 *
 * The queue to the channel threads is a {@link CallIdShardedQueue}: datagrams of one Call-ID are processed by one
 * thread in arrival order (docs/adr/0008).
 *
 * Lives in the RI's package: {@link UDPMessageChannel}'s constructors are protected. Everything else (the
 * socket, the channel threads, start/stop, sending) is the RI's; see docs/adr/0007.
 */
public class SizedDatagramUDPMessageProcessor extends UDPMessageProcessor {
    private static final StackLogger LOG = CommonLogger.getLogger(SizedDatagramUDPMessageProcessor.class);
    private static final int MAX_EXCEPTIONS_TO_REPORT = 10;
    private int exceptionsReported;

    protected SizedDatagramUDPMessageProcessor(InetAddress address, SIPTransactionStack stack, int port)
            throws IOException {
        super(address, stack, port);
        if (stack.threadPoolSize > 0) {
            // one queue per channel thread, filled by Call-ID (docs/adr/0008); it drops what waited too long itself
            if (congestionAuditor != null) {
                congestionAuditor.stop();
                congestionAuditor = null;
            }
            messageQueue = new CallIdShardedQueue(stack.threadPoolSize, stack.getStackCongestionControlTimeout());
        }
    }

    /** How long the oldest received datagram not yet taken by a channel thread has waited, ms (0: none waits). */
    public long backlogMillis() {
        return messageQueue instanceof CallIdShardedQueue q ? q.oldestWaitMillis(System.currentTimeMillis()) : 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run() {
        // as the RI: the channel threads that take datagrams off messageQueue
        messageChannels = new LinkedList<>();
        if (sipStack.threadPoolSize != -1) {
            for (int i = 0; i < sipStack.threadPoolSize; i++) {
                messageChannels.add(new UDPMessageChannel(sipStack, this,
                        ((SipStackImpl) sipStack).getStackName() + "-UDPMessageChannelThread-" + i));
            }
        }
        ThreadAuditor auditor = sipStack.getThreadAuditor();
        ThreadAuditor.ThreadHandle handle = auditor == null ? null : auditor.addCurrentThread();
        byte[] buffer = new byte[getMaximumMessageSize()];
        DatagramPacket received = new DatagramPacket(buffer, buffer.length);
        while (isRunning) {
            try {
                if (handle != null) {
                    handle.ping();
                }
                received.setLength(buffer.length);
                sock.receive(received);
                int length = received.getLength();
                DatagramPacket packet = new DatagramPacket(Arrays.copyOf(buffer, length), length,
                        received.getAddress(), received.getPort());
                if (sipStack.threadPoolSize != -1) {
                    messageQueue.offer(new DatagramQueuedMessageDispatch(packet, System.currentTimeMillis()));
                } else {
                    new UDPMessageChannel(sipStack, this, packet);
                }
                exceptionsReported = 0;
            } catch (SocketTimeoutException e) {
                // as the RI: go round again
            } catch (SocketException e) {
                if (!isRunning) {
                    if (LOG.isLoggingEnabled(StackLogger.TRACE_DEBUG)) {
                        LOG.logDebug("UDPMessageProcessor: Stopping");
                    }
                    return;
                }
                report(e);
            } catch (Exception e) {
                report(e);
            }
        }
    }

    /** As the RI: the first ten socket exceptions in a row are logged, the rest are not (a flood). */
    private void report(Exception e) {
        if (exceptionsReported < MAX_EXCEPTIONS_TO_REPORT) {
            exceptionsReported++;
            LOG.logWarning(String.format("Caught '%s' on UDP receive socket on %s:%s, message '%s'. Trying to ignore it ... %s",
                    e.getClass().getSimpleName(), sock.getLocalAddress().getHostAddress(), getPort(), e.getMessage(),
                    exceptionsReported == MAX_EXCEPTIONS_TO_REPORT
                            ? "(Flooding checker active, no more socket IO-exceptions will be reported)" : ""));
        }
    }
}
