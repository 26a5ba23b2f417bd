package org.voxgate.sip.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.Dialog;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.sip.internal.parse.PlainMessageParserFactory;
import org.voxgate.sip.stack.SipMessageHandler;
import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.transport.ListeningPointHandle;
import org.voxgate.spi.transport.ListeningPointService;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.stack.DialogReferences;
import gov.nist.javax.sip.stack.RawResend;
import gov.nist.javax.sip.stack.SIPServerTransaction;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.VoxgateMessageProcessorFactory;

/**
 * Owns the gateway's one JAIN-SIP stack. The stack lives as long as this bundle; transport plug-ins
 * open and close listening points on it, the call core receives its events as the
 * {@link SipMessageHandler}. Protective limits are fixed when the stack is created; a change of them
 * is logged and takes effect at the next start of this bundle (after a drain), never by tearing
 * down a stack that carries calls.
 */
@Component(immediate = true, service = {SipStackService.class, ListeningPointService.class},
        configurationPid = SipStackComponent.PID)
@Designate(ocd = SipStackComponent.Config.class)
public class SipStackComponent implements SipStackService, ListeningPointService {
    static final String PID = "org.voxgate.sip";
    private static final Logger LOG = Logger.getLogger(SipStackComponent.class.getName());

    @ObjectClassDefinition(name = "Voxgate SIP stack",
            description = "Protective limits and threading of the JAIN-SIP stack. No IOS equivalent; "
                    + "changes apply at the next start of the org.voxgate.sip bundle.")
    public @interface Config {
        @AttributeDefinition(description = "Largest SIP message accepted over TCP, in bytes (UDP is bounded by the datagram)")
        int max_message_size() default 65536;

        @AttributeDefinition(description = "TCP: ms allowed between reads once a message has started (slow-sender protection)")
        int tcp_read_timeout_ms() default 5000;

        @AttributeDefinition(description = "Maximum number of TCP connections the stack keeps open")
        int max_tcp_connections() default 4096;

        @AttributeDefinition(description = "Maximum server transactions; above it new requests get 503")
        int max_server_transactions() default 50000;

        @AttributeDefinition(description = "Maximum client transactions")
        int max_client_transactions() default 50000;

        @AttributeDefinition(description = "Threads that process received messages")
        int thread_pool_size() default 8;

        @AttributeDefinition(description = "UDP socket receive buffer, bytes")
        int udp_receive_buffer() default 4194304;

        @AttributeDefinition(description = "UDP socket send buffer, bytes")
        int udp_send_buffer() default 4194304;

        @AttributeDefinition(description = "Count every SIP message for show sip-ua statistics (applies at once; "
                + "off saves the small per-message cost measured in BENCHMARKS.md)")
        boolean message_statistics() default true;

        @AttributeDefinition(description = "New calls are refused with 503 and Retry-After while received messages or "
                + "the call core's work have waited longer than this, ms (0: never; applies at once)")
        int overload_delay_ms() default 1000;
    }

    /** Set by {@link MessageHandlerBinding}; a DS reference here would form a cycle with the call core. */
    private volatile SipMessageHandler handler;

    private final List<OpenListeningPoint> open = new CopyOnWriteArrayList<>();
    private SipStack stack;
    private AddressFactory addressFactory;
    private HeaderFactory headerFactory;
    private MessageFactory messageFactory;
    private StackDispatcher dispatcher;
    private StackMonitor monitor;
    private Config startedWith;
    private volatile int overloadDelayMillis;

    @Activate
    void activate(Config config) throws Exception {
        JulStackLogger.install();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        // not factory.createSipStack: our subclass (transaction lookups by key, see VoxgateSipStack)
        stack = new VoxgateSipStack(stackProperties(config));
        monitor = new StackMonitor(config.message_statistics());
        // before the first listening point opens: every message counts
        ((JulServerLogger) ((SIPTransactionStack) stack).getServerLogger()).observe(monitor);
        addressFactory = factory.createAddressFactory();
        headerFactory = factory.createHeaderFactory();
        messageFactory = factory.createMessageFactory();
        dispatcher = new StackDispatcher(() -> handler, messageFactory, headerFactory);
        stack.start();
        startedWith = config;
        overloadDelayMillis = overloadDelay(config);
        LOG.info("SIP stack started");
    }

    static Properties stackProperties(Config c) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "voxgate");
        // The call core keeps its own dialog state (B2BUA), so the stack must not auto-create dialogs.
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SIP_MESSAGE_VALVE", SanityValve.class.getName());
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(c.max_message_size()));
        p.setProperty("gov.nist.javax.sip.READ_TIMEOUT", Integer.toString(c.tcp_read_timeout_ms()));
        p.setProperty("gov.nist.javax.sip.MAX_CONNECTIONS", Integer.toString(c.max_tcp_connections()));
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", Integer.toString(c.max_server_transactions()));
        p.setProperty("gov.nist.javax.sip.MAX_CLIENT_TRANSACTIONS", Integer.toString(c.max_client_transactions()));
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(c.thread_pool_size()));
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(c.udp_receive_buffer()));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(c.udp_send_buffer()));
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        // A dialog drops its INVITE, first transaction and parsed headers once confirmed (keeping them as
        // strings): an ended call's dialog lingers 32 s with the BYE's server transaction (Timer J), and with
        // them every call of the last 32 s stayed live heap each young collection copied (BENCHMARKS.md)
        p.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Normal");
        // Timer tasks on a ScheduledThreadPoolExecutor instead of one java.util.Timer whose monitor every
        // transaction's schedule and cancel contended for (BENCHMARKS.md, JFR: java.util.Timer.sched)
        p.setProperty("gov.nist.javax.sip.TIMER_CLASS_NAME", "gov.nist.javax.sip.stack.timers.ScheduledExecutorSipTimer");
        // UDP: one receive buffer reused, each datagram copied at its own size (the RI allocates 64 KB per
        // datagram); docs/adr/0007
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", VoxgateMessageProcessorFactory.class.getName());
        // The common headers in their plain forms parsed in one pass; every other header by the RI's parsers
        // (BENCHMARKS.md: parsing was half the CPU of a REGISTER)
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", PlainMessageParserFactory.class.getName());
        return p;
    }

    @Modified
    void modified(Config config) {
        monitor.counting(config.message_statistics());
        overloadDelayMillis = overloadDelay(config);
        if (!stackProperties(config).equals(stackProperties(startedWith))) {
            LOG.warning("SIP stack limits changed; they apply at the next start of bundle org.voxgate.sip");
        }
    }

    private static int overloadDelay(Config config) {
        int ms = config.overload_delay_ms();
        if (ms < 0) {
            LOG.warning("overload.delay.ms " + ms + " is negative; using 0 (no overload check)");
            return 0;
        }
        return ms;
    }

    @Deactivate
    void deactivate() {
        for (OpenListeningPoint lp : new ArrayList<>(open)) {
            lp.close();
        }
        // resetFactory() drops the factories (it does not stop a stack; this one is not the factory's anyway, see
        // activate). Calling stack.stop() costs another second; the stack is left as before.
        SipFactory.getInstance().resetFactory();
        monitor.close();
        LOG.info("SIP stack stopped");
    }

    @Override
    public synchronized ListeningPointHandle open(String transport, String address, int port) throws IOException {
        String t = transport == null ? "" : transport.toUpperCase(Locale.ROOT);
        if (!t.equals(ListeningPoint.UDP) && !t.equals(ListeningPoint.TCP)) {
            throw new IOException("Unsupported transport: " + transport);
        }
        ListeningPoint lp;
        try {
            lp = stack.createListeningPoint(address, port, t);
        } catch (Exception e) {
            throw new IOException("Cannot listen on " + t + " " + address + ":" + port + ": " + rootMessage(e), e);
        }
        SipProvider provider;
        try {
            provider = stack.createSipProvider(lp);
            provider.addSipListener(dispatcher);
        } catch (Exception e) {
            deleteQuietly(lp);
            throw new IOException("Cannot attach " + t + " " + address + ":" + port + ": " + rootMessage(e), e);
        }
        OpenListeningPoint handle = new OpenListeningPoint(lp, provider, this::close);
        open.add(handle);
        LOG.info(() -> "Listening on " + handle);
        return handle;
    }

    private synchronized void close(OpenListeningPoint handle) {
        open.remove(handle);
        try {
            // the RI refuses to delete a provider that still has its listener
            handle.provider.removeSipListener(dispatcher);
            stack.deleteSipProvider(handle.provider);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not delete provider of " + handle, e);
        }
        deleteQuietly(handle.listeningPoint);
        forgetStaleKey(handle.listeningPoint);
        LOG.info(() -> "Stopped listening on " + handle);
    }

    private void deleteQuietly(ListeningPoint lp) {
        try {
            stack.deleteListeningPoint(lp);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Could not delete listening point " + lp, e);
        }
    }

    /**
     * The RI caches listening points under the address they were created with but deletes them under
     * the address the socket reports (0.0.0.0 comes back as 0:0:0:0:0:0:0:0 for UDP), so a wildcard
     * UDP listening point would stay cached, dead, and be handed out again on reopen. Drop it.
     */
    private void forgetStaleKey(ListeningPoint lp) {
        try {
            java.lang.reflect.Field f = gov.nist.javax.sip.SipStackImpl.class.getDeclaredField("listeningPoints");
            f.setAccessible(true);
            ((java.util.Map<?, ?>) f.get(stack)).values().remove(lp);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not clear the RI's listening point cache", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The stack itself (tests). */
    SipStack stack() {
        return stack;
    }

    /** The counters and the trace of this stack's messages (for {@link MonitorServices}). */
    StackMonitor monitor() {
        return monitor;
    }

    void useHandler(SipMessageHandler h) {
        handler = h;
        LOG.info(() -> "SIP requests go to " + h.getClass().getName());
    }

    synchronized void dropHandler(SipMessageHandler h) {
        if (handler == h) {
            handler = null;
            LOG.info("No SIP message handler: requests get 503 until one is registered");
        }
    }

    @Override
    public AddressFactory addressFactory() {
        return addressFactory;
    }

    @Override
    public HeaderFactory headerFactory() {
        return headerFactory;
    }

    @Override
    public MessageFactory messageFactory() {
        return messageFactory;
    }

    @Override
    public SipProvider provider(String transport) {
        for (OpenListeningPoint lp : open) {
            if (lp.transport().equalsIgnoreCase(transport)) {
                return lp.provider;
            }
        }
        return null;
    }

    @Override
    public boolean answersWithoutTransaction(RequestEvent event) {
        return event.getServerTransaction() == null && event.getSource() instanceof SipProvider p
                && "UDP".equalsIgnoreCase(p.getListeningPoint().getTransport())
                && stack instanceof VoxgateSipStack && statelessMethod(event.getRequest().getMethod())
                && VoxgateSipStack.isRfc3261(((SIPRequest) event.getRequest()).getTopmostVia().getBranch());
    }

    @Override
    public void sendWithoutTransaction(RequestEvent event, Response response) throws SipException {
        SIPRequest request = (SIPRequest) event.getRequest();
        String key = keyOf(request.getTopmostVia(), request.getMethod());
        if (key == null || response.getStatusCode() < 200) {
            throw new SipException("Not a final response to a request answered without a transaction");
        }
        // kept before it is sent: a retransmission the peer sends on receipt finds it
        byte[] bytes = keep(key, (SIPResponse) response);
        try {
            if (RawResend.first(request, (SIPResponse) response, bytes)) {
                return;
            }
        } catch (IOException e) {
            throw new SipException("Could not send " + response.getStatusCode() + " to " + request.getMethod(), e);
        }
        ((SipProvider) event.getSource()).sendResponse(response);
    }

    @Override
    public void respondAndRelease(ServerTransaction st, Response response) throws SipException, InvalidArgumentException {
        st.sendResponse(response);
        // the response's top Via and CSeq method are the request's (st.getRequest() may parse it again)
        SIPResponse r = (SIPResponse) response;
        String key = r.getStatusCode() >= 200 && st instanceof SIPServerTransaction t
                && "UDP".equalsIgnoreCase(t.getTransport()) ? keyOf(r.getTopmostVia(), r.getCSeq().getMethod()) : null;
        if (key == null || !(stack instanceof VoxgateSipStack voxgate)) {
            return;
        }
        // A retransmission read until now was answered by the transaction, from here on by the stack's valve.
        // Kept after the send: the transaction may have completed the response (e.g. its To tag).
        keep(key, r);
        st.terminate();
        // terminate() leaves a transaction whose Timer J runs in the table until the timer fires; the timer's task
        // still holds it until then, but it no longer counts towards the table's high-water mark
        voxgate.removeTransaction((SIPServerTransaction) st);
    }

    @Override
    public boolean overloaded(long applicationBacklogMillis) {
        int limit = overloadDelayMillis;
        return limit > 0 && (applicationBacklogMillis > limit
                || stack instanceof VoxgateSipStack voxgate && voxgate.backlogMillis() > limit);
    }

    @Override
    public void acknowledged(Dialog dialog) {
        DialogReferences.releaseAfterAckSent(dialog);
    }

    /** The key a final response to this request is kept under for Timer J; null when it must not be. */
    private static String keyOf(Via top, String method) {
        return statelessMethod(method) ? CompletedTransactions.key(top, method) : null;
    }

    /** @return the response's bytes, as kept */
    private byte[] keep(String key, SIPResponse response) {
        byte[] bytes = response.encodeAsBytes("UDP");
        ((VoxgateSipStack) stack).completed().put(key, bytes, System.nanoTime());
        return bytes;
    }

    /** Methods a server transaction is not needed for once the final response is kept: not INVITE, ACK, CANCEL. */
    private static boolean statelessMethod(String method) {
        return !Request.INVITE.equals(method) && !Request.ACK.equals(method) && !Request.CANCEL.equals(method);
    }

    @Override
    public List<SipProvider> providers() {
        List<SipProvider> result = new ArrayList<>();
        for (OpenListeningPoint lp : open) {
            result.add(lp.provider);
        }
        return result;
    }
}
