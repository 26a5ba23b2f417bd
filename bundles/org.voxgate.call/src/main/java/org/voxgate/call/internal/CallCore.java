package org.voxgate.call.internal;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.Transaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionUnavailableException;
import javax.sip.message.Request;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.CallRegistry;
import org.voxgate.api.call.SipServiceDTO;
import org.voxgate.api.call.VoicePortDTO;
import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.sipua.SipUserAgent;
import org.voxgate.sip.stack.SipMessageHandler;
import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.call.CallInterceptor;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.media.MediaRelay;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.port.PortCall;
import org.voxgate.spi.port.PortCallListener;
import org.voxgate.spi.port.PortCallOrigination;
import org.voxgate.spi.port.PortState;
import org.voxgate.spi.registrar.Registrar;
import org.voxgate.spi.routing.Router;

/**
 * The call core (state tier): every request the stack lets through arrives here. New INVITEs become
 * {@link Call}s (B2BUA); requests, responses and timeouts of a known call go to that call's serial
 * executor; everything else is answered out of dialog. Routing and call policy plug-ins are dynamic
 * references, read by each call event, so they can be swapped while calls are up.
 */
@Component(immediate = true, service = {SipMessageHandler.class, CallRegistry.class, PortCallOrigination.class})
public class CallCore implements SipMessageHandler, CallRegistry, PortCallOrigination {
    private static final Logger LOG = Logger.getLogger(CallCore.class.getName());

    private final SipStackService stack;
    private final SipUserAgent userAgent;
    private final VoiceServiceSettings voiceService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Router router;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<CallInterceptor> interceptors;

    /** The media relay (flow-through); without it SDP passes through (flow-around). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MediaRelay mediaRelay;

    /** The registrar client, when installed: where {@code session target registrar} goes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RegistrationStatus registrations;

    /** The SRST registrar, when installed. Once one was seen, its absence means "being updated", not "none". */
    private volatile Registrar registrar;
    private volatile boolean registrarSeen;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetRegistrar")
    void setRegistrar(Registrar r) {
        registrar = r;
        registrarSeen = true;
    }

    void unsetRegistrar(Registrar r) {
        if (registrar == r) {
            registrar = null;
        }
    }

    /** DTMF relay methods, one bundle each; a change makes every call choose its legs' methods again. */
    private final DtmfRelays dtmfRelays = new DtmfRelays();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDtmfRelay")
    void addDtmfRelay(DtmfRelay relay, Map<String, Object> properties) {
        dtmfRelays.add(relay, properties);
        dtmfRelaysChanged();
    }

    void removeDtmfRelay(DtmfRelay relay) {
        dtmfRelays.remove(relay);
        dtmfRelaysChanged();
    }

    private void dtmfRelaysChanged() {
        for (Call call : calls.snapshot()) {
            call.executor.execute(call.dtmf::relaysChanged);
        }
    }

    /** Digits relayed since start (or {@code clear sip-ua statistics}), by method. */
    DtmfRelays dtmfRelays() {
        return dtmfRelays;
    }

    /** POTS ports by IOS name ("0/0/0"), from every Port service (whiteboard). */
    private final Map<String, Port> ports = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removePort")
    void addPort(Port port, Map<String, Object> properties) {
        Object id = properties.get(Port.PORT_ID);
        ports.put(id == null ? port.id() : id.toString(), port);
    }

    void removePort(Port port, Map<String, Object> properties) {
        ports.values().removeIf(p -> p == port);
    }

    private final Calls calls = new Calls();
    private final RegisterHandler registers;
    private final OutOfDialogResponder outOfDialog;
    private final CallPool pool;
    private final OverloadGuard overload;
    private final ScheduledThreadPoolExecutor timers;
    private final CallServices services;
    private final LocalAddress localAddress = new LocalAddress();

    @Activate
    public CallCore(@Reference SipStackService stack, @Reference SipUserAgent userAgent,
            @Reference VoiceServiceSettings voiceService) {
        this.stack = stack;
        this.userAgent = userAgent;
        this.voiceService = voiceService;
        this.outOfDialog = new OutOfDialogResponder(stack);
        this.registers = new RegisterHandler(stack);
        this.pool = new CallPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), threads("voxgate-call-"));
        this.overload = new OverloadGuard(stack, pool, System::nanoTime);
        this.timers = new ScheduledThreadPoolExecutor(1, threads("voxgate-call-timer-"));
        timers.setRemoveOnCancelPolicy(true);
        voiceService.onForcedShut(this::releaseAll);
        this.services = new CallServices(stack, new OutboundInvite(stack, localAddress), calls, pool, timers,
                () -> router, () -> interceptors == null ? List.of() : interceptors, userAgent::settings,
                voiceService::values, ports::get, new SrvResolver(null), () -> registrar, () -> registrations,
                () -> mediaRelay, dtmfRelays);
    }

    @Deactivate
    void deactivate() {
        int live = calls.size();
        if (live > 0) {
            LOG.warning("Call core stopping with " + live + " call(s) up; they are dropped (drain with call service stop first)");
        }
        timers.shutdownNow();
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- requests -------------------------------------------------------------------------------

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        String callId = SipMessages.callIdOf(request);
        String toTag = SipMessages.toTag(request);
        if (Request.ACK.equals(method)) {
            Call call = calls.byDialog(callId, toTag);
            if (call != null) {
                Leg from = legOf(call, callId);
                call.executor.execute(() -> call.relay.onAck(request, from));
            }
            return; // other ACKs: for non-2xx finals (absorbed by the transaction) or stray
        }
        Call call = toTag != null ? calls.byDialog(callId, toTag)
                : Request.CANCEL.equals(method) ? calls.byInvite(callId, SipMessages.fromTag(request)) : null;
        if (call != null) {
            ServerTransaction st = serverTransaction(event);
            if (st == null) {
                return;
            }
            if (Request.CANCEL.equals(method)) {
                call.executor.execute(() -> call.onCancel(st));
            } else {
                Leg from = legOf(call, callId);
                call.executor.execute(() -> call.relay.onRequest(request, st, from));
            }
            return;
        }
        if (Request.INVITE.equals(method) && toTag == null) {
            newCall(event);
            return;
        }
        if (Request.REGISTER.equals(method) && toTag == null && (registrar != null || registrarSeen)) {
            register(event);
            return;
        }
        try {
            outOfDialog.handle(event);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot answer " + method, e);
        }
    }

    private static Leg legOf(Call call, String callId) {
        Leg out = call.out;
        return out != null && out.callId.equals(callId) ? out : call.in;
    }

    private void newCall(RequestEvent event) {
        if (overload.refusesNewCall()) {
            outOfDialog.overloaded(event); // stateless: a refused call costs no transaction
            return;
        }
        ServerTransaction st = serverTransaction(event);
        if (st == null) {
            return; // a retransmission of an INVITE we already have
        }
        Request invite = event.getRequest();
        VoiceServiceSettings.Values service = voiceService.values();
        if (!service.accepting()) {
            LOG.info("INVITE " + SipMessages.callIdOf(invite) + " refused: SIP service is shut under " + service.shutBy());
            outOfDialog.serviceUnavailable(st);
            return;
        }
        SipProvider provider = (SipProvider) event.getSource();
        try {
            Leg in = InboundLeg.create(stack, localAddress, provider, st, invite);
            Call call = new Call(calls.nextId(), services, new SipCaller(stack, invite, st, in));
            calls.add(call, call.inviteKey);
            call.executor.execute(call::start);
        } catch (ParseException | RuntimeException | javax.sip.SipException e) {
            LOG.log(Level.WARNING, "Cannot take INVITE " + SipMessages.callIdOf(invite) + ": " + e.getMessage(), e);
            outOfDialog.serverError(st);
        }
    }

    private void register(RequestEvent event) {
        Registrar r = registrar;
        if (r == null) {
            // the registrar bundle is being updated: no answer, the phone's retransmission will find it back
            LOG.fine(() -> "REGISTER " + SipMessages.callIdOf(event.getRequest()) + " dropped while the registrar is away");
            return;
        }
        if (stack.answersWithoutTransaction(event)) {
            // UDP: no server transaction kept for Timer J; the stack answers retransmissions (docs/adr/0009)
            registers.handle(r, event.getRequest(), response -> stack.sendWithoutTransaction(event, response));
            return;
        }
        ServerTransaction st = serverTransaction(event);
        if (st != null) {
            registers.handle(r, event.getRequest(), st::sendResponse);
        }
    }

    /** The request's server transaction, created if the stack did not; null for a retransmission. */
    private static ServerTransaction serverTransaction(RequestEvent event) {
        ServerTransaction st = event.getServerTransaction();
        if (st != null) {
            return st;
        }
        try {
            return ((SipProvider) event.getSource()).getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException e) {
            return null;
        } catch (TransactionUnavailableException e) {
            LOG.log(Level.FINE, "No server transaction for " + event.getRequest().getMethod(), e);
            return null;
        }
    }

    // ---- responses and timeouts -----------------------------------------------------------------

    @Override
    public void processResponse(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        if (ct == null || !(ct.getApplicationData() instanceof TransactionRef ref)) {
            // a 2xx retransmission (the dialog re-sends our ACK), a stray response (RFC 3261 18.1.2), or the
            // answer to a BYE/CANCEL of our own, which needs no action
            return;
        }
        Call call = ref.call();
        call.executor.execute(() -> {
            if (ref instanceof TransactionRef.Invite inv) {
                call.attempts.onInviteResponse(event, inv.attempt());
            } else if (ref instanceof TransactionRef.Relayed rel) {
                call.relay.onRelayedResponse(rel, event.getResponse());
            } else if (ref instanceof TransactionRef.Dtmf d && event.getResponse().getStatusCode() >= 200) {
                d.result().complete(DtmfRequests.toDtmf(event.getResponse()));
            }
        });
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        Transaction t = event.isServerTransaction() ? event.getServerTransaction() : event.getClientTransaction();
        if (t != null && t.getApplicationData() instanceof TransactionRef ref) {
            ref.call().executor.execute(() -> ref.call().attempts.onTransactionFailure(ref, "timeout"));
        }
    }

    /**
     * The stack ended a dialog on its own (e.g. no ACK for a 200: RFC 3261 13.3.1.4): the call must not stay up
     * half-open, so it ends and the other leg gets a BYE.
     */
    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        Dialog dialog = event.getDialog();
        if (dialog == null || dialog.getCallId() == null) {
            return;
        }
        Call call = calls.byDialog(dialog.getCallId().getCallId(), dialog.getLocalTag());
        if (call != null) {
            call.executor.execute(() -> call.dialogGone(dialog));
        }
    }

    // ---- calls from POTS ports ------------------------------------------------------------------

    @Override
    public PortCall originate(String portId, String callingNumber, String calledNumber, String sdpOffer,
            PortCallListener listener) {
        String calling = callingNumber;
        Router r = router;
        if ((calling == null || calling.isEmpty()) && r != null) {
            calling = r.lineNumber(portId).orElse(null); // IOS: the POTS dial peer of the port gives the line's number
        }
        PortCaller caller = new PortCaller(portId, calling, sdpOffer, listener);
        Call call = new Call(calls.nextId(), services, caller, calledNumber);
        calls.add(call, null);
        LOG.info("Call " + call.id + " from port " + portId + " (" + caller.callingNumber() + ") to " + calledNumber);
        call.executor.execute(call::start);
        return caller;
    }

    // ---- registry -------------------------------------------------------------------------------

    @Override
    public List<CallDTO> calls() {
        return calls.snapshot().stream().map(CallSnapshot::of).toList();
    }

    @Override
    public List<org.voxgate.api.call.DtmfStatisticsDTO> dtmfStatistics() {
        long[] in = dtmfRelays.received();
        long[] out = dtmfRelays.sent();
        List<org.voxgate.api.call.DtmfStatisticsDTO> list = new java.util.ArrayList<>();
        for (int i = 0; i < DtmfRelays.METHODS.size(); i++) {
            org.voxgate.api.call.DtmfStatisticsDTO dto = new org.voxgate.api.call.DtmfStatisticsDTO();
            dto.method = DtmfRelays.METHODS.get(i);
            dto.received = in[i];
            dto.sent = out[i];
            list.add(dto);
        }
        return list;
    }

    @Override
    public void clearDtmfStatistics() {
        dtmfRelays.clearCounters();
    }

    @Override
    public long callsAttempted() {
        return calls.attempted();
    }

    @Override
    public SipServiceDTO sipService() {
        VoiceServiceSettings.Values v = voiceService.values();
        SipServiceDTO dto = new SipServiceDTO();
        dto.state = switch (v.service()) {
            case UP -> "up";
            case SHUT -> "shut";
            case FORCED -> "forced";
        };
        dto.shutBy = v.shutBy();
        dto.callsUp = calls.size();
        return dto;
    }

    /** {@code shutdown forced} / {@code call service stop forced}: every call is released now. */
    private void releaseAll() {
        List<Call> all = calls.snapshot();
        LOG.warning("SIP service forced shut: releasing " + all.size() + " call(s)");
        for (Call call : all) {
            call.executor.execute(call::release);
        }
    }

    @Override
    public List<VoicePortDTO> voicePorts() {
        return ports.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            Port port = e.getValue();
            PortState state = port.state();
            VoicePortDTO dto = new VoicePortDTO();
            dto.id = e.getKey();
            dto.signalling = port.signalling().toLowerCase() + "-ls";
            dto.adminUp = state != PortState.SHUTDOWN;
            dto.operUp = state != PortState.SHUTDOWN;
            dto.inStatus = state == PortState.DIALING || state == PortState.CONNECTED ? "off-hook" : "on-hook";
            dto.outStatus = switch (state) {
                case RINGING -> "ringing";
                case CONNECTED, DIALING -> "in-use";
                default -> "idle";
            };
            return dto;
        }).toList();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
