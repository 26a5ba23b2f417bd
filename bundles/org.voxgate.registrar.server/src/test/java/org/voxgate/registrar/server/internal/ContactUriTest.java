package org.voxgate.registrar.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.registrar.Binding;
import org.voxgate.spi.routing.RouteTarget;
import org.voxgate.spi.routing.RouteTarget.Kind;

/** Contact URIs: parsing, binding equivalence, and what a call is routed to. */
class ContactUriTest {

    private static Binding binding(String contact) {
        return new Binding("6001", contact, 1.0f, Long.MAX_VALUE, "c", 1, "udp:127.0.0.1:5062");
    }

    @Test
    void partsOfASipUri() {
        SipUri u = SipUri.parse("<sip:60%2301:pw@Host.Example.COM:5070;Transport=TCP;lr?Subject=x>");
        assertThat(u.scheme()).isEqualTo("sip");
        assertThat(u.user()).isEqualTo("60#01");
        assertThat(u.host()).isEqualTo("host.example.com");
        assertThat(u.port()).isEqualTo(5070);
        assertThat(u.param("transport")).isEqualTo("tcp");
        assertThat(u.params()).containsKey("lr");
        assertThat(SipUri.parse("sip:[2001:db8::1]:5062").host()).isEqualTo("[2001:db8::1]");
        assertThat(SipUri.parse("sip:127.0.0.1").port()).isEqualTo(-1);
        assertThat(SipUri.parse("tel:+4930123")).isNull();
        assertThat(SipUri.parse("sip:h:notaport")).isNull();
    }

    @Test
    void comparisonFollowsRfc3261Section19_1_4() {
        assertThat(BindingUpdate.key("sip:6001@HOST:5060;transport=UDP;foo=bar"))
                .isEqualTo(BindingUpdate.key("SIP:6001@host:5060;TRANSPORT=udp"));
        assertThat(BindingUpdate.key("sip:6001@host")).isNotEqualTo(BindingUpdate.key("sip:6001@host:5060"));
        assertThat(BindingUpdate.key("sip:ALICE@host")).isNotEqualTo(BindingUpdate.key("sip:alice@host"));
        assertThat(BindingUpdate.key("sip:6001@host;transport=tcp")).isNotEqualTo(BindingUpdate.key("sip:6001@host"));
        assertThat(BindingUpdate.key("sip:%36001@host")).isEqualTo(BindingUpdate.key("sip:6001@host"));
    }

    @Test
    void anIpv4ContactBecomesAnIpv4Target() {
        RouteTarget t = ContactTargets.of(binding("sip:6001@127.0.0.1:5062;transport=tcp"));
        assertThat(t.kind()).isEqualTo(Kind.IPV4);
        assertThat(t.host()).isEqualTo("127.0.0.1");
        assertThat(t.port()).isEqualTo(5062);
        assertThat(t.transport()).isEqualTo("tcp");
        assertThat(t.number()).isEqualTo("6001");
        assertThat(t.peerTag()).isZero();
        assertThat(t.preference()).isZero();
        assertThat(t.huntstop()).isFalse();
        assertThat(t.isPots()).isFalse();
    }

    @Test
    void aHostNameBecomesADnsTargetWithoutPortAndTheAorWhenTheContactHasNoUser() {
        RouteTarget t = ContactTargets.of(binding("sip:Phone.Example.com"));
        assertThat(t.kind()).isEqualTo(Kind.DNS);
        assertThat(t.host()).isEqualTo("phone.example.com");
        assertThat(t.port()).isZero();
        assertThat(t.transport()).isEqualTo("udp");
        assertThat(t.number()).isEqualTo("6001");
    }

    @Test
    void whatTheCallCoreCannotReachIsSkipped() {
        assertThat(ContactTargets.of(List.of(binding("sips:6001@h"), binding("sip:6001@h;transport=tls"),
                binding("sip:6001@[::1]:5060"), binding("tel:6001"), binding("sip:6001@10.0.0.1"))))
                .extracting(RouteTarget::host).containsExactly("10.0.0.1");
    }
}
