package org.voxgate.dialpeer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.api.dialplan.DialPlan;
import org.voxgate.api.dialplan.DialplanExplanationDTO;
import org.voxgate.dialpeer.internal.DialPeerComponent.DialPeer;
import org.voxgate.dialpeer.internal.select.InboundSelection;
import org.voxgate.dialpeer.internal.select.InboundSelector;
import org.voxgate.dialpeer.internal.select.OperationalState;
import org.voxgate.dialpeer.internal.select.OutboundSelection;
import org.voxgate.dialpeer.internal.select.OutboundSelector;
import org.voxgate.dialpeer.internal.select.PeerCandidate;
import org.voxgate.dialpeer.internal.select.PeerExplanation;
import org.voxgate.spi.routing.InboundPeer;
import org.voxgate.spi.routing.RouteTarget;
import org.voxgate.spi.routing.Router;

/**
 * Routes calls over the configured dial peers ({@code dial-peer hunt 0}: longest match, preference, random)
 * and explains its choices for {@code show dialplan number}. Stateless between calls: it reads the current
 * peers for every request, so peers change live without touching calls in progress.
 */
@Component(service = {Router.class, DialPlan.class}, configurationPid = ConfigPids.VOICE_SERVICE)
@Designate(ocd = DialPeerRouter.Config.class)
public class DialPeerRouter implements Router, DialPlan {
    private static final Logger LOG = Logger.getLogger(DialPeerRouter.class.getName());

    @ObjectClassDefinition(name = "Voxgate dial-peer routing defaults", description = "IOS: voice service voip / sip")
    public @interface Config {
        @AttributeDefinition(description = "Transport of dial peers with session transport system. "
                + "IOS: voice service voip / sip / session transport udp|tcp")
        String session_transport() default "udp";

        @AttributeDefinition(description = "Large requests over TCP for all peers. IOS: voice service voip / sip / transport switch udp tcp")
        boolean transport_switch() default false;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DialPeerComponent> peers;

    private volatile Config config;
    private final SplittableRandom seeds = new SplittableRandom();
    private volatile Bundle bundle;

    @Activate
    void activate(BundleContext context, Config config) {
        this.bundle = context.getBundle();
        this.config = config;
    }

    @Modified
    void configure(Config config) {
        this.config = config;
    }

    /**
     * While this bundle stops (update, uninstall), DS takes the dial peers away before this service: an empty
     * table then means "going away", not "no such number", so callers get 503 instead of a wrong 404.
     */
    private void checkNotStopping() {
        Bundle b = bundle;
        if (b != null && b.getState() == Bundle.STOPPING) {
            throw new IllegalStateException("dial-peer routing is stopping");
        }
    }

    private List<DialPeer> current() {
        List<DialPeerComponent> list = peers;
        List<DialPeer> result = new ArrayList<>();
        if (list != null) {
            for (DialPeerComponent c : list) {
                DialPeer p = c.peer();
                if (p != null) {
                    result.add(p);
                }
            }
        }
        result.sort(Comparator.comparingInt(DialPeer::tag));
        return result;
    }

    @Override
    public List<RouteTarget> route(String calledNumber, String callingNumber) {
        if (calledNumber == null || calledNumber.isEmpty()) {
            return List.of();
        }
        checkNotStopping();
        Map<String, DialPeer> byTag = new HashMap<>();
        List<PeerCandidate> candidates = new ArrayList<>();
        for (DialPeer p : current()) {
            byTag.put(Integer.toString(p.tag()), p);
            candidates.add(p.candidate());
        }
        OutboundSelection selection = OutboundSelector.select(calledNumber, candidates, random());
        List<RouteTarget> targets = new ArrayList<>();
        for (PeerExplanation e : selection.huntOrder()) {
            targets.add(target(byTag.get(e.tag()), e, calledNumber));
        }
        return targets;
    }

    private RouteTarget target(DialPeer p, PeerExplanation e, String calledNumber) {
        Config global = config;
        String transport = p.config().session_transport();
        if (transport == null || !(transport.equals("udp") || transport.equals("tcp"))) {
            transport = "tcp".equalsIgnoreCase(global.session_transport()) ? "tcp" : "udp";
        }
        boolean transportSwitch = p.config().transport_switch() || global.transport_switch();
        if ("pots".equals(p.type())) {
            String number = PotsDigits.outpulse(calledNumber, e.match().orElseThrow(), p.config().forward_digits(),
                    p.config().prefix());
            return new RouteTarget(p.tag(), RouteTarget.Kind.POTS, null, 0, transport, false, number, p.config().port(),
                    e.explicitDigits(), e.preference(), p.config().huntstop(), false, p.dtmfRelay(), List.of(p.config().codec()));
        }
        SessionTarget st = p.target();
        return new RouteTarget(p.tag(), st.kind(), st.host(), st.port(), transport, transportSwitch, calledNumber, null,
                e.explicitDigits(), e.preference(), p.config().huntstop(), p.config().redirect_ip2ip(), p.dtmfRelay(),
                List.of(p.config().codec()));
    }

    @Override
    public Optional<InboundPeer> matchInbound(String calledNumber, String callingNumber) {
        List<DialPeer> all = current();
        List<PeerCandidate> candidates = all.stream().map(DialPeer::candidate).toList();
        InboundSelection s = InboundSelector.select(calledNumber, callingNumber, candidates);
        if (s.isDialPeerZero()) {
            return Optional.empty();
        }
        PeerCandidate c = s.peer().orElseThrow();
        DialPeer p = all.stream().filter(d -> Integer.toString(d.tag()).equals(c.tag())).findFirst().orElseThrow();
        InboundPeer.Criterion criterion = switch (s.criterion()) {
            case INCOMING_CALLED_NUMBER -> InboundPeer.Criterion.INCOMING_CALLED_NUMBER;
            case ANSWER_ADDRESS -> InboundPeer.Criterion.ANSWER_ADDRESS;
            default -> InboundPeer.Criterion.DESTINATION_PATTERN;
        };
        return Optional.of(new InboundPeer(p.tag(), criterion, p.config().redirect_ip2ip(), p.dtmfRelay(),
                List.of(p.config().codec())));
    }

    @Override
    public Optional<String> lineNumber(String portId) {
        for (DialPeer p : current()) {
            String pattern = p.config().destination_pattern();
            if ("pots".equals(p.type()) && portId.equals(p.config().port()) && pattern != null
                    && pattern.matches("\\+?[0-9]+")) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    // ---- DialPlan -------------------------------------------------------------------------------

    @Override
    public int huntScheme() {
        return 0;
    }

    @Override
    public List<DialPeerDTO> peers() {
        List<DialPeerDTO> result = new ArrayList<>();
        for (DialPeer p : current()) {
            OperationalState state = OperationalState.outbound(p.candidate());
            String reason = p.problems().isEmpty() ? state.reason() : String.join("; ", p.problems());
            result.add(p.dto(state.up() && p.problems().isEmpty(), reason));
        }
        return result;
    }

    @Override
    public DialplanExplanationDTO explain(String number) {
        Map<String, DialPeer> byTag = new HashMap<>();
        List<PeerCandidate> candidates = new ArrayList<>();
        for (DialPeer p : current()) {
            byTag.put(Integer.toString(p.tag()), p);
            candidates.add(p.candidate());
        }
        OutboundSelection selection = OutboundSelector.select(number, candidates, random());
        DialplanExplanationDTO dto = new DialplanExplanationDTO();
        dto.number = number;
        dto.candidates = new ArrayList<>();
        dto.huntOrder = new ArrayList<>();
        List<PeerExplanation> lines = new ArrayList<>(selection.explanation());
        lines.sort(Comparator.comparing(PeerExplanation::tag, PeerCandidate.TAG_ORDER));
        for (PeerExplanation e : lines) {
            DialPeer p = byTag.get(e.tag());
            DialplanExplanationDTO.CandidateDTO c = new DialplanExplanationDTO.CandidateDTO();
            c.tag = p.tag();
            c.type = p.type();
            c.destinationPattern = p.config().destination_pattern();
            c.matched = e.matched();
            c.matchedDigits = e.explicitDigits();
            c.matchLength = e.matchLength();
            c.preference = e.preference();
            c.huntstop = p.config().huntstop();
            c.state = e.stateText();
            c.huntPosition = e.huntPosition();
            c.sessionTarget = p.config().session_target();
            dto.candidates.add(c);
        }
        for (PeerExplanation e : selection.huntOrder()) {
            dto.huntOrder.add(Integer.parseInt(e.tag()));
        }
        return dto;
    }

    /** A fresh generator per selection, split from one long-lived source (cheap, and no shared mutable state). */
    private synchronized SplittableRandom random() {
        return seeds.split();
    }
}
