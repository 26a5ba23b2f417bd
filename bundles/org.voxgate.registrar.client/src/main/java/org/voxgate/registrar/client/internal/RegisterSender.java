package org.voxgate.registrar.client.internal;

import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ResponseEvent;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import org.voxgate.sip.dns.SrvLocator;
import org.voxgate.sip.stack.ClientTransactionListener;
import org.voxgate.sip.stack.SipStackService;

/**
 * Puts a {@link LineRegistration.Attempt} on the wire as a REGISTER (RFC 3261 §10.2) in a client transaction
 * of its own; the transaction's application data is a {@link ClientTransactionListener}, so the stack hands its
 * answer straight back here, and the answer is handed on to the client's thread. A {@code dns:} registrar without a
 * port is located by DNS SRV ({@link SrvLocator}): the REGISTER keeps its Request-URI {@code sip:host} and carries
 * a loose {@code Route} to the chosen server, which is where the stack sends it.
 */
final class RegisterSender {
    private static final Logger LOG = Logger.getLogger(RegisterSender.class.getName());
    static final int MAX_FORWARDS = 70;

    private final SipStackService stack;
    private final Executor clientThread;
    private final LocalAddress localAddress = new LocalAddress();
    /** RFC 3263 SRV for {@code dns:host} without a port; replaced by tests with one asking their own DNS server. */
    volatile SrvLocator dns = new SrvLocator(null);

    RegisterSender(SipStackService stack, Executor clientThread) {
        this.stack = stack;
        this.clientThread = clientThread;
    }

    LineRegistration.Sent send(LineRegistration line, LineRegistration.Attempt a, SipUaSettings ua)
            throws LineRegistration.SendException {
        RegistrarSpec spec = line.spec();
        String transport = spec.transport();
        SipProvider provider = stack.provider(transport);
        if (provider == null) {
            throw new LineRegistration.SendException("transport " + transport + " is not enabled", null);
        }
        try {
            ListeningPoint lp = provider.getListeningPoint(transport);
            // RFC 3263: dns:host without a port is located by SRV; the Request-URI keeps naming the domain
            // (RFC 3261 §10.2), and a loose Route to the chosen server makes the stack send it there
            SrvLocator.Srv server = spec.dns() && spec.port() == 0 ? dns.locate(spec.host(), transport).orElse(null) : null;
            String local = localAddress.forListeningPoint(lp.getIPAddress(), server != null ? server.target() : spec.host());
            AddressFactory af = stack.addressFactory();
            HeaderFactory hf = stack.headerFactory();
            Address aor = af.createAddress(af.createURI(spec.aor(line.number)));
            ViaHeader via = hf.createViaHeader(local, lp.getPort(), transport, null);
            via.setRPort();
            Request register = stack.messageFactory().createRequest(af.createURI(spec.requestUri()), Request.REGISTER,
                    hf.createCallIdHeader(line.callId), hf.createCSeqHeader(a.cseq(), Request.REGISTER),
                    hf.createFromHeader(aor, line.fromTag), hf.createToHeader(aor, null), List.of(via),
                    hf.createMaxForwardsHeader(MAX_FORWARDS));
            SipURI contact = af.createSipURI(line.number, local);
            contact.setPort(lp.getPort());
            if ("tcp".equals(transport)) {
                contact.setTransportParam("tcp");
            }
            if (server != null) {
                SipURI route = af.createSipURI(null, server.target());
                route.setPort(server.port());
                route.setLrParam();
                if ("tcp".equals(transport)) {
                    route.setTransportParam("tcp");
                }
                register.addHeader(hf.createRouteHeader(af.createAddress(route)));
            }
            register.addHeader(hf.createContactHeader(af.createAddress(contact)));
            register.addHeader(hf.createExpiresHeader(a.expires()));
            if (a.authorization() != null) {
                register.addHeader(hf.createHeader(a.authorizationHeader(), a.authorization()));
            }
            ClientTransaction ct = provider.getNewClientTransaction(register);
            ct.setRetransmitTimer(ua.timersRegisterMs());
            ct.setApplicationData(new Listener(line, a.cseq(), contact));
            ct.sendRequest();
            return () -> abandon(ct);
        } catch (UnknownHostException e) {
            throw new LineRegistration.SendException("cannot resolve " + spec.host(), e);
        } catch (ParseException | InvalidArgumentException | SipException | RuntimeException e) {
            throw new LineRegistration.SendException("cannot send REGISTER: " + rootMessage(e), e);
        }
    }

    private static void abandon(ClientTransaction ct) {
        try {
            ct.terminate();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Could not terminate a REGISTER transaction", e);
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The answer path of one REGISTER: read on the stack's thread, handled on the client's. */
    private final class Listener implements ClientTransactionListener {
        private final LineRegistration line;
        private final long cseq;
        private final SipURI contact;

        Listener(LineRegistration line, long cseq, SipURI contact) {
            this.line = line;
            this.cseq = cseq;
            this.contact = contact;
        }

        @Override
        public void processResponse(ResponseEvent event) {
            LineRegistration.Answer answer = AnswerReader.read(event.getResponse(), contact);
            clientThread.execute(() -> line.onAnswer(answer));
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
            clientThread.execute(() -> line.onNoAnswer(cseq, "no response"));
        }
    }
}
