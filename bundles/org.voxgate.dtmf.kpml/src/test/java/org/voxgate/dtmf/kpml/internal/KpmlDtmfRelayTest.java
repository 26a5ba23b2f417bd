package org.voxgate.dtmf.kpml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.testing.FakeDtmfMessage;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

class KpmlDtmfRelayTest {
    private final ManualTimer timer = new ManualTimer();

    private KpmlDtmfRelay relay(Map<String, Object> properties) {
        KpmlDtmfRelay r = new KpmlDtmfRelay(timer);
        r.configure(config(properties));
        return r;
    }

    private static KpmlDtmfRelay.Config config(Map<String, Object> properties) {
        return Converters.standardConverter().convert(properties).to(KpmlDtmfRelay.Config.class);
    }

    @Test
    void isTheSipKpmlMethod() {
        KpmlDtmfRelay r = relay(Map.of());
        assertThat(r.method()).isEqualTo(DtmfRelay.SIP_KPML).isEqualTo("sip-kpml");
        assertThat(r.acceptsUnnegotiated()).isFalse();
    }

    @Test
    void advertisesAllowEventsKpmlOnce() {
        FakeDtmfMessage invite = new FakeDtmfMessage();
        KpmlDtmfRelay r = relay(Map.of());
        r.advertise(invite, null);
        r.advertise(invite, null);
        assertThat(invite.headers("Allow-Events")).containsExactly("kpml");
        FakeDtmfMessage listed = new FakeDtmfMessage().header("Allow-Events", "telephone-event, KPML");
        r.advertise(listed, null);
        assertThat(listed.headers("Allow-Events")).containsExactly("telephone-event, KPML");
    }

    @Test
    void withdrawRemovesOnlyTheKpmlToken() {
        FakeDtmfMessage split = new FakeDtmfMessage().header("Allow-Events", "kpml", "telephone-event", "refer");
        relay(Map.of()).withdraw(split);
        assertThat(split.headers("Allow-Events")).containsExactly("telephone-event", "refer");
        FakeDtmfMessage joined = new FakeDtmfMessage().header("Allow-Events", "kpml, telephone-event");
        relay(Map.of()).withdraw(joined);
        assertThat(joined.headers("Allow-Events")).containsExactly("telephone-event");
        FakeDtmfMessage none = new FakeDtmfMessage().header("Allow-Events", "dialog");
        relay(Map.of()).withdraw(none);
        assertThat(none.headers("Allow-Events")).containsExactly("dialog");
    }

    @Test
    void supportedWhenThePeerAllowsKpmlEvents() {
        KpmlDtmfRelay r = relay(Map.of());
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Allow-Events", "kpml", "telephone-event"))).isTrue();
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Allow-Events", "presence, Kpml"))).isTrue();
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Allow-Events", "telephone-event"))).isFalse();
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Allow-Events", "kpmlx"))).isFalse();
        assertThat(r.supportedBy(new FakeDtmfMessage())).isFalse();
    }

    @Test
    void attachSubscribesByDefault() {
        FakeDtmfLeg leg = new FakeDtmfLeg();
        relay(Map.of()).attach(leg);
        assertThat(leg.sent).hasSize(1);
        assertThat(leg.last().request().method()).isEqualTo("SUBSCRIBE");
    }

    @Test
    void configurationSwitchesOriginatingAndAccepting() {
        KpmlDtmfRelay r = relay(Map.of("subscription.originate", false, "subscription.accept", "false"));
        FakeDtmfLeg leg = new FakeDtmfLeg();
        var session = r.attach(leg);
        assertThat(leg.sent).isEmpty();
        var subscribe = new org.voxgate.spi.dtmf.DtmfRequest("SUBSCRIBE",
                java.util.List.of(Map.entry("Event", "kpml")), KpmlDocuments.REQUEST_TYPE, KpmlDocuments.request());
        assertThat(session.onRequest(subscribe).status()).isEqualTo(489);
        r.configure(config(Map.of()));
        FakeDtmfLeg next = new FakeDtmfLeg();
        r.attach(next);
        assertThat(next.sent).as("@Modified applies to the next leg").hasSize(1);
    }

    @Test
    void activateStartsAndDeactivateStopsItsOwnTimer() {
        KpmlDtmfRelay r = new KpmlDtmfRelay();
        r.activate(config(Map.of()));
        FakeDtmfLeg leg = new FakeDtmfLeg();
        var session = r.attach(leg);
        leg.last().answer(200, "Expires", "7200"); // schedules a refresh on the real thread
        session.close();
        r.deactivate();
        FakeDtmfLeg late = new FakeDtmfLeg();
        var straggler = r.attach(late);
        late.last().answer(200, "Expires", "7200"); // scheduling is refused quietly after deactivation
        straggler.close();
        assertThat(late.sent).hasSize(2);
    }
}
