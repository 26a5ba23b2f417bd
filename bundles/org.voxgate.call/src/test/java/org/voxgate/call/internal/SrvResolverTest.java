package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voxgate.sip.dns.DnsServer;
import org.voxgate.sip.dns.SrvLocator;

/**
 * {@code session target dns:host} without a port, against a small DNS server on 127.0.0.1 that serves fixed SRV
 * records. The record selection itself (priority, weight, parsing) is tested with {@link SrvLocator}.
 */
class SrvResolverTest {
    private DnsServer dns;

    @BeforeEach
    void startDns() throws IOException {
        dns = new DnsServer(Map.of(
                "_sip._udp.pbx.example.test", List.of(new SrvLocator.Srv(10, 0, 5070, "sip1.example.test"),
                        new SrvLocator.Srv(20, 0, 5080, "sip2.example.test")),
                "_sip._tcp.pbx.example.test", List.of(new SrvLocator.Srv(5, 0, 5071, "tcp.example.test"))));
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    @Test
    void srvRecordOfTheLowestPriorityIsUsedForTheTransport() {
        SrvResolver resolver = new SrvResolver("127.0.0.1:" + dns.port());
        assertThat(resolver.resolve("pbx.example.test", "udp")).isEqualTo(new Destination("sip1.example.test", 5070, "udp"));
        assertThat(resolver.resolve("pbx.example.test", "tcp")).isEqualTo(new Destination("tcp.example.test", 5071, "tcp"));
    }

    @Test
    void withoutSrvRecordsTheHostItselfOn5060() {
        SrvResolver resolver = new SrvResolver("127.0.0.1:" + dns.port());
        assertThat(resolver.resolve("plain.example.test", "udp")).isEqualTo(new Destination("plain.example.test", 5060, "udp"));
    }
}
