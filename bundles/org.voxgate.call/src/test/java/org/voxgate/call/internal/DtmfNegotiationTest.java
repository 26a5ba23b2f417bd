package org.voxgate.call.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;

/** Choosing a leg's DTMF method (semantics 1.4): what the dial peer lists, what the peer supports, what is installed. */
class DtmfNegotiationTest {
    /** A relay whose peer support is decided by the test. */
    private record Relay(String method, boolean supported) implements DtmfRelay {
        @Override
        public boolean supportedBy(DtmfMessage peerMessage) {
            return supported;
        }

        @Override
        public DtmfSession attach(DtmfLeg leg) {
            throw new UnsupportedOperationException();
        }
    }

    private static final DtmfMessage PEER = new DtmfMessage() {
        @Override
        public boolean isRequest() {
            return true;
        }

        @Override
        public List<String> headers(String name) {
            return List.of();
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void removeHeaders(String name, Predicate<String> filter) {
        }

        @Override
        public String sdp() {
            return null;
        }

        @Override
        public void sdp(String sdp) {
        }
    };

    private static DtmfRelays relays(Set<String> supported, String... installed) {
        DtmfRelays relays = new DtmfRelays();
        for (String m : installed) {
            relays.add(new Relay(m, supported.contains(m)), Map.of(DtmfRelay.METHOD, m));
        }
        return relays;
    }

    private static String choose(List<String> configured, DtmfRelays relays) {
        LegDtmf leg = new LegDtmf(null, MediaLeg.B);
        leg.configure(configured);
        leg.peer = PEER;
        return leg.choose(relays);
    }

    private static final String[] ALL = {"rtp-nte", "sip-info", "sip-notify", "sip-kpml", "inband"};

    @Test
    void theFirstListedMethodThePeerSupportsWins() {
        DtmfRelays r = relays(Set.of("sip-info", "rtp-nte", "inband"), ALL);
        assertThat(choose(List.of("sip-kpml", "sip-info", "rtp-nte"), r)).isEqualTo("sip-info");
        assertThat(choose(List.of("rtp-nte", "sip-info"), r)).isEqualTo("rtp-nte");
    }

    @Test
    void notifyWinsWhenSeveralAreNegotiated() {
        DtmfRelays r = relays(Set.of("sip-info", "rtp-nte", "sip-notify", "inband"), ALL);
        assertThat(choose(List.of("rtp-nte", "sip-info", "sip-notify"), r)).isEqualTo("sip-notify");
    }

    @Test
    void nteIsPreferredToKpmlWhenBothAreNegotiated() {
        DtmfRelays r = relays(Set.of("rtp-nte", "sip-kpml", "inband"), ALL);
        assertThat(choose(List.of("sip-kpml", "rtp-nte"), r)).isEqualTo("rtp-nte");
    }

    @Test
    void inBandWhenNothingIsNegotiatedOrListed() {
        DtmfRelays r = relays(Set.of("inband"), ALL);
        assertThat(choose(List.of("rtp-nte", "sip-kpml"), r)).isEqualTo("inband");
        assertThat(choose(List.of(), r)).isEqualTo("inband");
    }

    @Test
    void aMethodWhoseBundleIsAbsentIsSkipped() {
        DtmfRelays r = relays(Set.of("sip-notify", "rtp-nte", "inband"), "rtp-nte", "inband");
        assertThat(choose(List.of("sip-notify", "rtp-nte"), r)).isEqualTo("rtp-nte");
        assertThat(choose(List.of("sip-notify"), relays(Set.of("sip-notify")))).isNull();
    }

    @Test
    void digitDropIsAnOptionNotAMethod() {
        LegDtmf leg = new LegDtmf(null, MediaLeg.A);
        leg.configure(List.of("rtp-nte", "digit-drop", "sip-info"));
        assertThat(leg.configured).containsExactly("rtp-nte", "sip-info");
    }

    @Test
    void theHighestRankedRelayOfAMethodIsUsedAndRemovingItFallsBack() {
        DtmfRelays r = new DtmfRelays();
        Relay low = new Relay("sip-info", true);
        Relay high = new Relay("sip-info", true);
        r.add(low, Map.of(DtmfRelay.METHOD, "sip-info", "service.ranking", 0, "service.id", 5L));
        r.add(high, Map.of(DtmfRelay.METHOD, "sip-info", "service.ranking", 10, "service.id", 6L));
        assertThat(r.get("sip-info")).isSameAs(high);
        r.remove(high);
        assertThat(r.get("sip-info")).isSameAs(low);
        r.remove(low);
        assertThat(r.get("sip-info")).isNull();
        assertThat(r.isEmpty()).isTrue();
    }

    @Test
    void countersArePerMethodAndClear() {
        DtmfRelays r = new DtmfRelays();
        r.countReceived("rtp-nte");
        r.countSent("sip-info");
        r.countSent("sip-info");
        assertThat(r.received()[DtmfRelays.METHODS.indexOf("rtp-nte")]).isEqualTo(1);
        assertThat(r.sent()[DtmfRelays.METHODS.indexOf("sip-info")]).isEqualTo(2);
        r.clearCounters();
        assertThat(r.sent()[DtmfRelays.METHODS.indexOf("sip-info")]).isZero();
    }
}
