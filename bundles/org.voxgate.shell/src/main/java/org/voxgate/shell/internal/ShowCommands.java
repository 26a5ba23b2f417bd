package org.voxgate.shell.internal;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.voxgate.api.sipua.SipUserAgent;
import org.voxgate.api.transport.SipTransports;

/**
 * IOS {@code show} commands. Gogo splits {@code show sip-ua status} into words, so one varargs
 * function dispatches on them. Unknown forms fail (non-zero exit from {@code voxgate-cli}).
 */
@Component(service = ShowCommands.class,
        property = {"osgi.command.scope=voxgate", "osgi.command.function=show"})
public class ShowCommands {
    static final List<String> FORMS = List.of("show sip-ua status");

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SipTransports transports;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SipUserAgent userAgent;

    @Descriptor("IOS show commands; available: show sip-ua status")
    public String show(@Descriptor("what to show, e.g. sip-ua status") String... words) {
        String what = String.join(" ", words).trim();
        if (what.equals("sip-ua status")) {
            SipTransports t = transports;
            SipUserAgent ua = userAgent;
            if (t == null || ua == null) {
                throw new IllegalStateException("% SIP user agent is not running (voxgate-core not installed?)");
            }
            return SipUaStatusFormatter.format(t.status(), ua.settings());
        }
        throw new IllegalArgumentException("% Invalid input: show " + what + "\nAvailable: " + String.join(", ", FORMS));
    }
}
