package org.voxgate.redirect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.voxgate.redirect.internal.Targets.target;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.routing.RouteTarget;
import org.voxgate.spi.routing.RouteTarget.Kind;

class ContactUriTest {

    private static RouteTarget voip(Kind kind, String host, int port, String transport, String number) {
        return new RouteTarget(1, kind, host, port, transport, false, number, null, 4, 0, false, false, List.of(),
                List.of());
    }

    @Test
    void portIsLeftOutWhenNotGiven() {
        assertThat(ContactUri.of(target(1, Kind.IPV4, "127.0.0.2", 0, "udp", 4, false))).isEqualTo("sip:6001@127.0.0.2");
        assertThat(ContactUri.of(target(1, Kind.IPV4, "127.0.0.2", 5060, "udp", 4, false)))
                .isEqualTo("sip:6001@127.0.0.2:5060");
    }

    @Test
    void onlyTcpGetsATransportParameter() {
        assertThat(ContactUri.of(voip(Kind.DNS, "gw.example.com", 0, "tcp", "6001")))
                .isEqualTo("sip:6001@gw.example.com;transport=tcp");
        assertThat(ContactUri.of(voip(Kind.IPV4, "10.1.1.1", 5070, "TCP", "6001")))
                .isEqualTo("sip:6001@10.1.1.1:5070;transport=tcp");
        assertThat(ContactUri.of(voip(Kind.IPV4, "10.1.1.1", 0, null, "6001"))).isEqualTo("sip:6001@10.1.1.1");
    }

    @Test
    void numberIsEscapedAsASipUserPart() {
        assertThat(ContactUri.of(voip(Kind.IPV4, "10.1.1.1", 0, "udp", "+4930*12#"))).isEqualTo("sip:+4930*12%23@10.1.1.1");
    }

    @Test
    void missingNumberGivesAHostOnlyUri() {
        assertThat(ContactUri.of(voip(Kind.IPV4, "10.1.1.1", 0, "udp", ""))).isEqualTo("sip:10.1.1.1");
    }

    @Test
    void ipv6LiteralIsBracketed() {
        assertThat(ContactUri.of(voip(Kind.IPV4, "2001:db8::1", 5060, "udp", "6001")))
                .isEqualTo("sip:6001@[2001:db8::1]:5060");
    }
}
