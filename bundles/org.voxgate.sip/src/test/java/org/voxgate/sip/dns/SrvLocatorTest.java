package org.voxgate.sip.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 3263/2782 SRV location of a {@code dns:} target, against a DNS server on 127.0.0.1. */
class SrvLocatorTest {
    private DnsServer dns;
    private final AtomicLong now = new AtomicLong(1_000_000);

    @BeforeEach
    void startDns() throws IOException {
        dns = new DnsServer(Map.of(
                "_sip._udp.reg.example.test", List.of(new SrvLocator.Srv(10, 0, 5070, "sip1.example.test"),
                        new SrvLocator.Srv(20, 0, 5080, "sip2.example.test")),
                "_sip._tcp.reg.example.test", List.of(new SrvLocator.Srv(5, 0, 5071, "tcp.example.test")),
                "_sip._udp.gone.example.test", List.of(new SrvLocator.Srv(0, 0, 0, "."))));
    }

    @AfterEach
    void stopDns() {
        dns.close();
    }

    private SrvLocator locator() {
        return new SrvLocator("127.0.0.1:" + dns.port(), now::get);
    }

    @Test
    void theLowestPriorityRecordOfTheRegistrarsTransportIsChosen() {
        SrvLocator locator = locator();
        assertThat(locator.locate("reg.example.test", "udp")).contains(new SrvLocator.Srv(10, 0, 5070, "sip1.example.test"));
        assertThat(locator.locate("reg.example.test", "tcp")).contains(new SrvLocator.Srv(5, 0, 5071, "tcp.example.test"));
    }

    @Test
    void noRecordOrTheDotTargetIsNothing() {
        SrvLocator locator = locator();
        assertThat(locator.locate("plain.example.test", "udp")).isEmpty();
        assertThat(locator.locate("gone.example.test", "udp")).isEmpty();
        assertThat(locator.locate("reg.example.test", "sctp")).isEmpty();
    }

    @Test
    void theRecordsOfANameAreReusedForAMinute() {
        SrvLocator locator = locator();
        locator.locate("reg.example.test", "udp");
        locator.locate("reg.example.test", "udp");
        locator.locate("plain.example.test", "udp");
        locator.locate("plain.example.test", "udp");
        assertThat(dns.questions.get()).as("one question per name, the empty answer cached too").isEqualTo(2);
        now.addAndGet(SrvLocator.CACHE_MILLIS);
        locator.locate("reg.example.test", "udp");
        assertThat(dns.questions.get()).isEqualTo(3);
    }

    @Test
    void weightsChooseAmongEqualPrioritiesAndZeroWeightOnlyAlone() {
        SrvLocator.Srv heavy = new SrvLocator.Srv(1, 100, 1, "heavy");
        SrvLocator.Srv none = new SrvLocator.Srv(1, 0, 2, "none");
        SrvLocator.Srv backup = new SrvLocator.Srv(2, 100, 3, "backup");
        for (int i = 0; i < 50; i++) {
            assertThat(SrvLocator.pick(List.of(none, heavy, backup))).contains(heavy);
        }
        assertThat(SrvLocator.pick(List.of(none, backup))).contains(none);
        assertThat(SrvLocator.pick(List.of())).isEmpty();
    }

    @Test
    void parsesJndiTextAndRefusesTheDotTargetAndPortZero() {
        assertThat(SrvLocator.parse("10 60 5060 sip.example.test.")).contains(new SrvLocator.Srv(10, 60, 5060, "sip.example.test"));
        assertThat(SrvLocator.parse("0 0 0 .")).isEmpty();
        assertThat(SrvLocator.parse("0 0 0 sip.example.test.")).isEmpty();
        assertThat(SrvLocator.parse("garbage")).isEmpty();
    }
}
