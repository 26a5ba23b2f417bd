package org.voxgate.redirect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.redirect.internal.Targets.config;
import static org.voxgate.redirect.internal.Targets.inbound;
import static org.voxgate.redirect.internal.Targets.ipv4;
import static org.voxgate.redirect.internal.Targets.sipCall;
import static org.voxgate.redirect.internal.Targets.target;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.voxgate.api.config.VoiceServiceKeys;
import org.voxgate.spi.call.Redirect;
import org.voxgate.spi.call.RouteContext;
import org.voxgate.spi.routing.RouteTarget.Kind;

/** The component without a framework: Config from a Config Admin-like map. */
class Ip2ipRedirectTest {

    private static Ip2ipRedirect redirect(Map<String, Object> properties) {
        Ip2ipRedirect r = new Ip2ipRedirect();
        r.configure(config(properties));
        return r;
    }

    private static Ip2ipRedirect globallyOn(String order) {
        return redirect(Map.of(VoiceServiceKeys.REDIRECT_IP2IP, true, VoiceServiceKeys.REDIRECT_CONTACT_ORDER, order));
    }

    @Test
    void offByDefault() {
        RouteContext call = sipCall(ipv4(1, "127.0.0.2", 4), ipv4(2, "127.0.0.3", 4));
        assertThat(redirect(Map.of()).onRoute(call)).isEmpty();
        assertThat(new Ip2ipRedirect().onRoute(call)).as("before any configuration").isEmpty();
    }

    @Test
    void globalSwitchSendsMovedTemporarilyForOneTarget() {
        Optional<Redirect> r = redirect(Map.of(VoiceServiceKeys.REDIRECT_IP2IP, true))
                .onRoute(sipCall(ipv4(1, "127.0.0.2", 4)));
        assertThat(r).contains(new Redirect(302, List.of("sip:6001@127.0.0.2")));
    }

    @Test
    void globalSwitchSendsMultipleChoicesInLongestMatchOrder() {
        // Hunt order as the router gives it; the 300 lists the peer that matched more digits first.
        Optional<Redirect> r = redirect(Map.of(VoiceServiceKeys.REDIRECT_IP2IP, true))
                .onRoute(sipCall(ipv4(1, "127.0.0.2", 3), ipv4(2, "127.0.0.3", 5)));
        assertThat(r).contains(new Redirect(300, List.of("sip:6001@127.0.0.3", "sip:6001@127.0.0.2")));
    }

    @Test
    void longestMatchKeepsHuntOrderForTies() {
        Optional<Redirect> r = globallyOn("longest-match")
                .onRoute(sipCall(ipv4(1, "10.0.0.1", 4), ipv4(2, "10.0.0.2", 6), ipv4(3, "10.0.0.3", 4)));
        assertThat(r.orElseThrow().contacts())
                .containsExactly("sip:6001@10.0.0.2", "sip:6001@10.0.0.1", "sip:6001@10.0.0.3");
    }

    @Test
    void bestMatchKeepsHuntOrder() {
        Optional<Redirect> r = globallyOn("best-match")
                .onRoute(sipCall(ipv4(1, "10.0.0.1", 3), ipv4(2, "10.0.0.2", 6), ipv4(3, "10.0.0.3", 4)));
        assertThat(r.orElseThrow().status()).isEqualTo(300);
        assertThat(r.orElseThrow().contacts())
                .containsExactly("sip:6001@10.0.0.1", "sip:6001@10.0.0.2", "sip:6001@10.0.0.3");
    }

    @Test
    void contactOrderIsCaseInsensitiveAndFallsBackToLongestMatch() {
        RouteContext call = sipCall(ipv4(1, "10.0.0.1", 3), ipv4(2, "10.0.0.2", 6));
        assertThat(globallyOn(" Best-Match ").onRoute(call).orElseThrow().contacts())
                .containsExactly("sip:6001@10.0.0.1", "sip:6001@10.0.0.2");
        assertThat(globallyOn("shortest-match").onRoute(call).orElseThrow().contacts())
                .containsExactly("sip:6001@10.0.0.2", "sip:6001@10.0.0.1");
    }

    @Test
    void modifiedConfigurationAppliesToTheNextCall() {
        Ip2ipRedirect r = globallyOn("longest-match");
        RouteContext call = sipCall(ipv4(1, "10.0.0.1", 3));
        assertThat(r.onRoute(call)).isPresent();
        r.configure(config(Map.of(VoiceServiceKeys.REDIRECT_IP2IP, false)));
        assertThat(r.onRoute(call)).isEmpty();
    }

    @Test
    void inboundDialPeerSwitch() {
        Ip2ipRedirect off = redirect(Map.of());
        assertThat(off.onRoute(sipCall(inbound(true), ipv4(1, "10.0.0.1", 3))))
                .contains(new Redirect(302, List.of("sip:6001@10.0.0.1")));
        assertThat(off.onRoute(sipCall(inbound(false), ipv4(1, "10.0.0.1", 3)))).isEmpty();
    }

    @Test
    void outboundDialPeerSwitchCountsOnTheFirstTargetOnly() {
        Ip2ipRedirect off = redirect(Map.of());
        var on = target(1, Kind.IPV4, "10.0.0.1", 0, "udp", 3, true);
        var plain = ipv4(2, "10.0.0.2", 3);
        assertThat(off.onRoute(sipCall(on, plain)))
                .contains(new Redirect(300, List.of("sip:6001@10.0.0.1", "sip:6001@10.0.0.2")));
        assertThat(off.onRoute(sipCall(plain, on))).isEmpty();
    }

    @Test
    void nonSipToSipCallsAreUntouched() {
        Ip2ipRedirect on = globallyOn("longest-match");
        var pots = target(1, Kind.POTS, null, 0, "udp", 4, true);
        assertThat(on.onRoute(sipCall(pots, ipv4(2, "10.0.0.2", 3)))).as("POTS first").isEmpty();
        RouteContext fromPots = new RouteContext("5001", "6001", false, Optional.empty(),
                List.of(ipv4(2, "10.0.0.2", 3)));
        assertThat(on.onRoute(fromPots)).as("not from SIP").isEmpty();
        assertThat(on.onRoute(sipCall())).as("no targets").isEmpty();
    }

    @Test
    void sipServerRegistrarAndPotsTargetsAreSkipped() {
        Ip2ipRedirect on = globallyOn("best-match");
        var sipServer = target(1, Kind.SIP_SERVER, null, 0, "udp", 4, false);
        var registrar = target(2, Kind.REGISTRAR, null, 0, "udp", 4, false);
        var pots = target(3, Kind.POTS, null, 0, "udp", 4, false);
        assertThat(on.onRoute(sipCall(sipServer, ipv4(4, "10.0.0.4", 2), registrar, pots)))
                .contains(new Redirect(302, List.of("sip:6001@10.0.0.4")));
        assertThat(on.onRoute(sipCall(sipServer, registrar))).as("nothing left to redirect to").isEmpty();
    }

    @Test
    void identicalContactsAreListedOnce() {
        Optional<Redirect> r = globallyOn("longest-match")
                .onRoute(sipCall(ipv4(1, "10.0.0.1", 4), ipv4(2, "10.0.0.1", 4)));
        assertThat(r).contains(new Redirect(302, List.of("sip:6001@10.0.0.1")));
    }

    @Test
    void contactUrisCarryPortAndTcpTransport() {
        Optional<Redirect> r = globallyOn("best-match").onRoute(sipCall(
                target(1, Kind.IPV4, "10.0.0.1", 5080, "tcp", 4, false),
                target(2, Kind.DNS, "gw.example.com", 0, "udp", 4, false)));
        assertThat(r.orElseThrow().contacts())
                .containsExactly("sip:6001@10.0.0.1:5080;transport=tcp", "sip:6001@gw.example.com");
    }
}
