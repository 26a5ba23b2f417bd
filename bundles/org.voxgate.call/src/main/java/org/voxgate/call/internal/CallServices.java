package org.voxgate.call.internal;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.sipua.SipUaSettingsDTO;
import org.voxgate.sip.stack.SipStackService;
import org.voxgate.spi.call.CallInterceptor;
import org.voxgate.spi.media.MediaRelay;
import org.voxgate.spi.port.Port;
import org.voxgate.spi.registrar.Registrar;
import org.voxgate.spi.routing.Router;

/**
 * What a call needs from the core, read fresh at each use: the router and interceptors are dynamic
 * references (a swapped plug-in is seen by the next event of every call), settings are live.
 */
record CallServices(SipStackService stack, OutboundInvite invites, Calls calls, Executor pool,
        ScheduledExecutorService timers, Supplier<Router> router, Supplier<List<CallInterceptor>> interceptors,
        Supplier<SipUaSettingsDTO> settings, Supplier<VoiceServiceSettings.Values> voiceService,
        Function<String, Port> ports, SrvResolver dns, Supplier<Registrar> registrar,
        Supplier<RegistrationStatus> registrations, Supplier<MediaRelay> media, DtmfRelays dtmf) {
}
