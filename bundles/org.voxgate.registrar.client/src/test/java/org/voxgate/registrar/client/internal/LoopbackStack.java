package org.voxgate.registrar.client.internal;

import java.util.List;
import java.util.Properties;

import javax.sip.ClientTransaction;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

import org.voxgate.sip.internal.JulServerLogger;
import org.voxgate.sip.internal.JulStackLogger;
import org.voxgate.sip.stack.ClientTransactionListener;
import org.voxgate.sip.stack.SipStackService;

/** A real JAIN-SIP RI stack with one UDP listening point on 127.0.0.1, dispatching like org.voxgate.sip does. */
final class LoopbackStack implements SipStackService, AutoCloseable {
    private final SipStack stack;
    private final SipProvider provider;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;

    LoopbackStack(int port) throws Exception {
        JulStackLogger.install();
        SipFactory factory = SipFactory.getInstance();
        factory.setPathName("gov.nist");
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", "registrar-client-test");
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", JulServerLogger.class.getName());
        stack = factory.createSipStack(p);
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
        ListeningPoint lp = stack.createListeningPoint("127.0.0.1", port, ListeningPoint.UDP);
        provider = stack.createSipProvider(lp);
        provider.addSipListener(new SipListener() {
            @Override public void processRequest(RequestEvent e) {}
            @Override public void processResponse(ResponseEvent e) {
                ClientTransaction ct = e.getClientTransaction();
                if (ct != null && ct.getApplicationData() instanceof ClientTransactionListener l) {
                    l.processResponse(e);
                }
            }
            @Override public void processTimeout(TimeoutEvent e) {
                ClientTransaction ct = e.getClientTransaction();
                if (ct != null && ct.getApplicationData() instanceof ClientTransactionListener l) {
                    l.processTimeout(e);
                }
            }
            @Override public void processIOException(javax.sip.IOExceptionEvent e) {}
            @Override public void processTransactionTerminated(javax.sip.TransactionTerminatedEvent e) {}
            @Override public void processDialogTerminated(javax.sip.DialogTerminatedEvent e) {}
        });
        stack.start();
    }

    @Override public AddressFactory addressFactory() { return addresses; }
    @Override public HeaderFactory headerFactory() { return headers; }
    @Override public MessageFactory messageFactory() { return messages; }
    @Override public SipProvider provider(String transport) { return "udp".equalsIgnoreCase(transport) ? provider : null; }
    @Override public List<SipProvider> providers() { return List.of(provider); }

    @Override
    public void close() {
        SipFactory.getInstance().resetFactory();
    }

    @Override
    public boolean answersWithoutTransaction(javax.sip.RequestEvent event) {
        return false; // the registrar client only sends requests
    }

    @Override
    public void sendWithoutTransaction(javax.sip.RequestEvent event, javax.sip.message.Response response) {
        throw new UnsupportedOperationException("not used by the registrar client");
    }
}
