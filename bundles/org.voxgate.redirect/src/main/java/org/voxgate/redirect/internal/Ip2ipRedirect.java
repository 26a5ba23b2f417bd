package org.voxgate.redirect.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;
import org.voxgate.api.config.ConfigPids;
import org.voxgate.api.config.VoiceServiceKeys;
import org.voxgate.spi.call.CallInterceptor;
import org.voxgate.spi.call.Redirect;
import org.voxgate.spi.call.RouteContext;
import org.voxgate.spi.routing.InboundPeer;
import org.voxgate.spi.routing.RouteTarget;

/**
 * IOS {@code redirect ip2ip}: instead of bridging a SIP-to-SIP call, answer the caller with the routed targets as
 * Contacts (302 for one, 300 Multiple Choices for several, as IOS 12.2(15)ZJ and later do).
 * <p>
 * The configuration is shared with the call core (PID {@value ConfigPids#VOICE_SERVICE}); the component is active
 * without one, because {@code redirect ip2ip} on a dial peer works even when the global switch is off.
 */
@Component(service = CallInterceptor.class, configurationPid = ConfigPids.VOICE_SERVICE)
@Designate(ocd = Ip2ipRedirect.Config.class)
public class Ip2ipRedirect implements CallInterceptor {
    private static final Logger LOG = Logger.getLogger(Ip2ipRedirect.class.getName());

    static final int MOVED_TEMPORARILY = 302;
    static final int MULTIPLE_CHOICES = 300;

    @ObjectClassDefinition(name = "Voxgate redirect ip2ip", description = "IOS: voice service voip / redirect ip2ip")
    public @interface Config {
        @AttributeDefinition(description = "Answer every SIP-to-SIP call with a 3xx listing its routes instead of "
                + "bridging it (dial peers can also switch it on for themselves). IOS: voice service voip / redirect ip2ip")
        boolean redirect_ip2ip() default false;

        @AttributeDefinition(description = "Order of the Contacts in a 300 Multiple Choices: longest-match = most "
                + "destination-pattern digits matched first; best-match = the hunt order (longest match, preference, "
                + "random). IOS: voice service voip / sip / redirect contact order best-match|longest-match",
                options = { @Option(label = "longest-match", value = "longest-match"),
                        @Option(label = "best-match", value = "best-match") })
        String redirect_contact_order() default VoiceServiceKeys.REDIRECT_CONTACT_ORDER_DEFAULT;
    }

    /** One immutable snapshot, so a call never sees half of a {@code @Modified}. */
    private record Settings(boolean global, ContactOrder order) {}

    private volatile Settings settings = new Settings(false, ContactOrder.LONGEST_MATCH);

    @Activate
    @Modified
    void configure(Config config) {
        String raw = config.redirect_contact_order();
        ContactOrder order = ContactOrder.parse(raw).orElseGet(() -> {
            // The PID is shared with the call core, so failing activation would not undo the bad value; fall back.
            LOG.warning("voice service voip / sip / redirect contact order: '" + raw + "' is neither longest-match nor "
                    + "best-match; using longest-match");
            return ContactOrder.LONGEST_MATCH;
        });
        Settings s = new Settings(config.redirect_ip2ip(), order);
        if (!s.equals(settings)) {
            LOG.info("voice service voip: redirect ip2ip " + (s.global() ? "on" : "off") + ", redirect contact order "
                    + s.order().iosName());
        }
        settings = s;
    }

    @Override
    public Optional<Redirect> onRoute(RouteContext context) {
        Settings s = settings;
        if (!context.isSipToSip() || !enabled(s, context)) {
            return Optional.empty();
        }
        // LinkedHashSet: two peers with the same session target and number give one Contact, not a repeated choice.
        Set<String> contacts = new LinkedHashSet<>();
        for (RouteTarget t : s.order().sort(redirectable(context.targets()))) {
            contacts.add(ContactUri.of(t));
        }
        if (contacts.isEmpty()) {
            return Optional.empty(); // nothing a caller could be sent to: let the core bridge or refuse
        }
        int status = contacts.size() == 1 ? MOVED_TEMPORARILY : MULTIPLE_CHOICES;
        return Optional.of(new Redirect(status, new ArrayList<>(contacts)));
    }

    /** Globally, on the inbound dial peer, or on the first outbound one (the peer the call would be bridged to). */
    private static boolean enabled(Settings s, RouteContext context) {
        return s.global() || context.inbound().map(InboundPeer::redirectIp2ip).orElse(false)
                || context.targets().get(0).redirectIp2ip();
    }

    /**
     * Targets a caller can be sent to on its own. {@code sip-server} and {@code registrar} are resolved from the
     * {@code sip-ua} settings by the core and carry no host here; POTS peers are local lines.
     */
    private static List<RouteTarget> redirectable(List<RouteTarget> targets) {
        return targets.stream()
                .filter(t -> t.kind() == RouteTarget.Kind.IPV4 || t.kind() == RouteTarget.Kind.DNS)
                .filter(t -> t.host() != null && !t.host().isBlank())
                .toList();
    }
}
