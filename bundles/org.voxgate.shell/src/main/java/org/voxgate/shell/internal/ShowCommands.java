package org.voxgate.shell.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.api.call.CallDTO;
import org.voxgate.api.call.CallRegistry;
import org.voxgate.api.config.IosConfiguration;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.registrar.Registrations;
import org.voxgate.api.registration.RegistrationStatus;
import org.voxgate.api.sipua.SipMessageTrace;
import org.voxgate.api.sipua.SipStatistics;
import org.voxgate.api.sipua.SipUserAgent;
import org.voxgate.api.transport.SipTransports;

/**
 * IOS {@code show} commands. Gogo splits {@code show sip-ua status} into words, so one varargs function
 * dispatches on them; each layout has its own formatter. Every service is an optional dynamic reference: with
 * a feature uninstalled the shell stays up and the commands that need it fail with a clear message. Unknown
 * forms fail too (non-zero exit from {@code voxgate-cli}).
 */
@Component(service = ShowCommands.class,
        property = {"osgi.command.scope=voxgate", "osgi.command.function=show"})
public class ShowCommands {
    static final List<String> FORMS = List.of(
            "show sip-ua status",
            "show sip-ua calls",
            "show sip-ua register status [secondary]",
            "show sip-ua statistics",
            "show sip-ua timers",
            "show dial-peer voice summary",
            "show dial-peer voice [TAG]",
            "show dialplan number DIGITS",
            "show call active voice brief",
            "show voice port summary",
            "show sip service",
            "show running-config",
            "show voice register all",
            "show debugging");

    static final String NO_SIP_UA = "% SIP user agent is not running (feature voxgate-core not installed?)";
    static final String NO_DIAL_PLAN = "% dial plan not available (feature voxgate-core not installed?)";
    static final String NO_CALLS = "% call registry not available (feature voxgate-core not installed?)";
    static final String NO_REGISTRAR = "% SIP registrar server not available (feature voxgate-srst not installed?)";
    static final String NO_REGISTRAR_CLIENT =
            "% registrar client not running (feature voxgate-registrar-client not installed?)";
    static final String NO_STATISTICS = "% SIP statistics not available (feature voxgate-core not installed?)";

    /** Digits IOS accepts in a dialled number: 0-9, A-F, *, #, and a leading E.164 +. */
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9A-Fa-f*#]{1,32}");
    private static final Pattern TAG = Pattern.compile("[0-9]{1,18}");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipTransports transports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipUserAgent userAgent;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile DialPlan dialPlan;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile CallRegistry callRegistry;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile IosConfiguration ios;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile Registrations registrations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile RegistrationStatus registrationStatus;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipStatistics statistics;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile SipMessageTrace trace;

    /** Time source for call durations (replaced in tests). */
    Clock clock = Clock.systemUTC();

    @Descriptor("IOS show commands: sip-ua status | sip-ua calls | sip-ua register status [secondary]"
            + " | sip-ua statistics | sip-ua timers | dial-peer voice [summary|TAG] | dialplan number DIGITS"
            + " | call active voice brief | voice port summary | sip service | running-config | voice register all"
            + " | debugging")
    public String show(@Descriptor("what to show, e.g. dial-peer voice summary") String... words) {
        List<String> w = IosText.words(words);
        String what = String.join(" ", w);
        switch (what) {
            case "sip-ua status":
                return sipUaStatus();
            case "sip-ua calls":
                return SipUaCallsFormatter.format(calls());
            case "sip-ua register status":
                return RegisterStatusFormatter.format(registrationStatus().lines(RegistrationStatus.PRIMARY));
            case "sip-ua register status secondary":
                return RegisterStatusFormatter.format(registrationStatus().lines(RegistrationStatus.SECONDARY));
            case "sip-ua statistics":
                return SipUaStatisticsFormatter.format(statistics().snapshot())
                        + (callRegistry == null ? "" : SipUaStatisticsFormatter.dtmf(callRegistry.dtmfStatistics()));
            case "sip-ua timers":
                return SipUaTimersFormatter.format(userAgent().settings());
            case "debugging":
                return debugging();
            case "dial-peer voice summary": {
                DialPlan plan = dialPlan();
                return DialPeerSummaryFormatter.format(plan.huntScheme(), peers(plan));
            }
            case "dial-peer voice":
                return DialPeerVoiceFormatter.format(peers(dialPlan()));
            case "call active voice brief":
                return CallActiveBriefFormatter.format(calls(), clock.millis());
            case "voice port summary":
                return VoicePortSummaryFormatter.format(registry().voicePorts());
            case "sip service":
                return SipServiceFormatter.format(registry().sipService());
            case "running-config":
                return runningConfig();
            case "voice register all":
                return VoiceRegisterAllFormatter.format(registrar().all());
            default:
                break;
        }
        if (w.size() == 3 && w.get(0).equals("dial-peer") && w.get(1).equals("voice") && TAG.matcher(w.get(2)).matches()) {
            return DialPeerVoiceFormatter.format(peer(w.get(2)));
        }
        if (w.size() == 3 && w.get(0).equals("dialplan") && w.get(1).equals("number") && DIGITS.matcher(w.get(2)).matches()) {
            DialPlan plan = dialPlan();
            return DialplanNumberFormatter.format(plan.huntScheme(), plan.explain(w.get(2).toUpperCase(Locale.ROOT)));
        }
        throw new IllegalArgumentException("% Invalid input: show " + what + "\nAvailable: " + String.join(", ", FORMS));
    }


    private String sipUaStatus() {
        SipTransports t = transports;
        if (t == null) {
            throw new IllegalStateException(NO_SIP_UA);
        }
        return SipUaStatusFormatter.format(t.status(), userAgent().settings());
    }

    private SipUserAgent userAgent() {
        SipUserAgent ua = userAgent;
        if (ua == null) {
            throw new IllegalStateException(NO_SIP_UA);
        }
        return ua;
    }

    private SipStatistics statistics() {
        SipStatistics s = statistics;
        if (s == null) {
            throw new IllegalStateException(NO_STATISTICS);
        }
        return s;
    }

    /** IOS {@code show debugging}: the debugs that are on (nothing when none is). */
    private String debugging() {
        SipMessageTrace t = trace;
        return t != null && t.isOn() ? DebugCommands.SHOW_DEBUGGING : "";
    }

    private String runningConfig() {
        IosConfiguration config = ios;
        if (config == null) {
            throw new IllegalStateException(ConfigCommands.NO_IOS);
        }
        return config.runningConfig();
    }

    private DialPeerDTO peer(String tagText) {
        long tag = Long.parseLong(tagText);
        for (DialPeerDTO p : peers(dialPlan())) {
            if (p.tag == tag) {
                return p;
            }
        }
        throw new IllegalArgumentException("% no dial-peer " + tagText);
    }

    private static List<DialPeerDTO> peers(DialPlan plan) {
        List<DialPeerDTO> peers = plan.peers();
        return peers == null ? List.of() : peers;
    }

    private DialPlan dialPlan() {
        DialPlan plan = dialPlan;
        if (plan == null) {
            throw new IllegalStateException(NO_DIAL_PLAN);
        }
        return plan;
    }

    private List<CallDTO> calls() {
        List<CallDTO> calls = registry().calls();
        return calls == null ? List.of() : calls;
    }

    private Registrations registrar() {
        Registrations r = registrations;
        if (r == null) {
            throw new IllegalStateException(NO_REGISTRAR);
        }
        return r;
    }

    private RegistrationStatus registrationStatus() {
        RegistrationStatus r = registrationStatus;
        if (r == null) {
            throw new IllegalStateException(NO_REGISTRAR_CLIENT);
        }
        return r;
    }

    private CallRegistry registry() {
        CallRegistry registry = callRegistry;
        if (registry == null) {
            throw new IllegalStateException(NO_CALLS);
        }
        return registry;
    }
}
