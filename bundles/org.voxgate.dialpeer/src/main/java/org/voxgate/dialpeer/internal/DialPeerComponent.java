package org.voxgate.dialpeer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.dialplan.DialPeerDTO;
import org.voxgate.dialpeer.internal.pattern.DigitPattern;
import org.voxgate.dialpeer.internal.select.PeerCandidate;

/**
 * One dial peer: a factory configuration {@code org.voxgate.dialpeer~TAG}, written by the IOS configuration
 * ({@code dial-peer voice TAG voip|pots}). Modified live; the router reads the current {@link #peer()} for
 * every call, so calls in progress keep what they were routed with.
 */
@Component(service = DialPeerComponent.class, configurationPid = ConfigPids.DIAL_PEER,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DialPeerComponent.Config.class, factory = true)
public class DialPeerComponent {
    private static final Logger LOG = Logger.getLogger(DialPeerComponent.class.getName());

    @ObjectClassDefinition(name = "Voxgate dial peer", description = "IOS: dial-peer voice TAG voip|pots")
    public @interface Config {
        @AttributeDefinition(description = "Dial-peer tag. IOS: dial-peer voice TAG")
        int tag();

        @AttributeDefinition(description = "voip or pots. IOS: dial-peer voice TAG voip|pots", options = {
                @org.osgi.service.metatype.annotations.Option(value = "voip"),
                @org.osgi.service.metatype.annotations.Option(value = "pots")})
        String type() default "voip";

        @AttributeDefinition(description = "IOS: description TEXT", required = false)
        String description();

        @AttributeDefinition(description = "Called numbers this peer routes to. IOS: destination-pattern PATTERN", required = false)
        String destination_pattern();

        @AttributeDefinition(description = "Hunt preference, 0 best. IOS: preference N (0-10)", min = "0", max = "10")
        int preference() default 0;

        @AttributeDefinition(description = "Stop hunting after this peer fails. IOS: huntstop")
        boolean huntstop() default false;

        @AttributeDefinition(description = "IOS: session target ipv4:A[:port] | dns:host[:port] | sip-server | registrar", required = false)
        String session_target();

        @AttributeDefinition(description = "IOS: session protocol sipv2")
        String session_protocol() default "sipv2";

        @AttributeDefinition(description = "udp, tcp, or system (= voice service voip / sip / session transport). "
                + "IOS: session transport udp|tcp")
        String session_transport() default "system";

        @AttributeDefinition(description = "IOS: voice-class sip transport switch udp tcp")
        boolean transport_switch() default false;

        @AttributeDefinition(description = "Inbound match on the called number. IOS: incoming called-number PATTERN", required = false)
        String incoming_called_number();

        @AttributeDefinition(description = "Inbound match on the calling number. IOS: answer-address PATTERN", required = false)
        String answer_address();

        @AttributeDefinition(description = "DTMF relay methods in preference order. IOS: dtmf-relay m1 [m2 ...]", required = false)
        String[] dtmf_relay();

        @AttributeDefinition(description = "IOS: codec NAME")
        String codec() default "g729r8";

        @AttributeDefinition(description = "Administratively down. IOS: shutdown")
        boolean shutdown() default false;

        @AttributeDefinition(description = "Redirect SIP-to-SIP calls matching this peer. IOS: redirect ip2ip (dial peer)")
        boolean redirect_ip2ip() default false;

        @AttributeDefinition(description = "POTS port X/Y/Z. IOS: port X/Y/Z", required = false)
        String port();

        @AttributeDefinition(description = "POTS: digits sent before the number. IOS: prefix DIGITS", required = false)
        String prefix();

        @AttributeDefinition(description = "POTS: N, all or extra; empty = strip explicitly matched digits. "
                + "IOS: forward-digits N|all|extra, no digit-strip", required = false)
        String forward_digits();
    }

    private volatile DialPeer peer;

    @Activate
    @Modified
    void configure(Config config) {
        DialPeer previous = peer;
        peer = DialPeer.of(config);
        for (String problem : peer.problems()) {
            LOG.severe("dial-peer voice " + config.tag() + ": " + problem);
        }
        if (previous == null) {
            LOG.fine(() -> "dial-peer voice " + config.tag() + " " + config.type() + " configured");
        }
    }

    DialPeer peer() {
        return peer;
    }

    /** The immutable, compiled form of a dial peer's configuration. */
    record DialPeer(int tag, String type, DigitPattern destination, DigitPattern incomingCalled, DigitPattern answerAddress,
            SessionTarget target, Config config, List<String> problems) {

        static DialPeer of(Config c) {
            List<String> problems = new ArrayList<>();
            DigitPattern dest = compile("destination-pattern", c.destination_pattern(), problems);
            DigitPattern called = compile("incoming called-number", c.incoming_called_number(), problems);
            DigitPattern answer = compile("answer-address", c.answer_address(), problems);
            SessionTarget target = null;
            String st = c.session_target();
            if (st != null && !st.isBlank()) {
                try {
                    target = SessionTarget.parse(st);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
            String type = "pots".equalsIgnoreCase(c.type()) ? "pots" : "voip";
            return new DialPeer(c.tag(), type, dest, called, answer, target, c, List.copyOf(problems));
        }

        private static DigitPattern compile(String what, String text, List<String> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return DigitPattern.compile(text.trim());
            } catch (IllegalArgumentException e) {
                problems.add(what + " not usable: " + e.getMessage());
                return null;
            }
        }

        PeerCandidate candidate() {
            return new PeerCandidate(Integer.toString(tag), destination, incomingCalled, answerAddress,
                    Math.max(0, Math.min(10, config.preference())), config.huntstop(), !config.shutdown(),
                    target != null, type);
        }

        List<String> dtmfRelay() {
            String[] d = config.dtmf_relay();
            return d == null ? List.of() : List.of(d);
        }

        DialPeerDTO dto(boolean operUp, String downReason) {
            DialPeerDTO dto = new DialPeerDTO();
            dto.tag = tag;
            dto.type = type;
            dto.description = config.description();
            dto.adminUp = !config.shutdown();
            dto.operUp = operUp;
            dto.operDownReason = operUp ? null : downReason;
            dto.destinationPattern = config.destination_pattern();
            dto.preference = config.preference();
            dto.huntstop = config.huntstop();
            dto.sessionTarget = config.session_target();
            dto.sessionProtocol = "voip".equals(type) ? config.session_protocol() : null;
            dto.sessionTransport = config.session_transport();
            dto.transportSwitch = config.transport_switch();
            dto.incomingCalledNumber = config.incoming_called_number();
            dto.answerAddress = config.answer_address();
            dto.dtmfRelay = dtmfRelay();
            dto.codec = config.codec();
            dto.redirectIp2ip = config.redirect_ip2ip();
            dto.port = config.port();
            dto.prefix = config.prefix();
            dto.forwardDigits = config.forward_digits();
            return dto;
        }
    }
}
