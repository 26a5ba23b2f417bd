package org.voxgate.dtmf.sipnotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;
import org.voxgate.api.config.SipUaKeys;
import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.testing.FakeDtmfMessage;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

class SipNotifyDtmfRelayTest {
    private static final String OUR_CALL_INFO =
            "<sip:192.168.106.50:5060>;method=\"NOTIFY;Event=telephone-event;Duration=2000\"";

    private final ManualTimer timer = new ManualTimer();

    private SipNotifyDtmfRelay relay(Map<String, Object> properties) {
        SipNotifyDtmfRelay r = new SipNotifyDtmfRelay(timer);
        r.configure(Converters.standardConverter().convert(properties).to(SipNotifyDtmfRelay.Config.class));
        return r;
    }

    private static FakeDtmfMessage peerAdvertising(int durationMs) {
        return new FakeDtmfMessage().header("Call-Info",
                "<sip:10.0.0.9:5060>;method=\"NOTIFY;Event=telephone-event;Duration=" + durationMs + "\"");
    }

    @Test
    void isTheSipNotifyMethod() {
        SipNotifyDtmfRelay r = relay(Map.of());
        assertThat(r.method()).isEqualTo(DtmfRelay.SIP_NOTIFY).isEqualTo("sip-notify");
        assertThat(r.acceptsUnnegotiated()).isFalse();
    }

    @Test
    void advertisesCallInfoWithOurContactAndMaxDuration() {
        FakeDtmfMessage invite = new FakeDtmfMessage().header("Contact", "<sip:4000@192.168.106.50:5060>");
        relay(Map.of()).advertise(invite, null);
        assertThat(invite.headers("Call-Info")).containsExactly(OUR_CALL_INFO);
    }

    @Test
    void advertisementUsesTheConfiguredMaxDuration() {
        FakeDtmfMessage ok = new FakeDtmfMessage().header("Contact", "<sip:10.1.1.1:5070>");
        relay(Map.of(SipUaKeys.NOTIFY_MAX_DURATION, 800)).advertise(ok, peerAdvertising(2000));
        assertThat(ok.headers("Call-Info"))
                .containsExactly("<sip:10.1.1.1:5070>;method=\"NOTIFY;Event=telephone-event;Duration=800\"");
    }

    @Test
    void advertisementReplacesOneCopiedFromTheOtherLegAndKeepsOtherCallInfo() {
        FakeDtmfMessage invite = new FakeDtmfMessage().header("Contact", "<sip:192.168.106.50:5060>")
                .header("Call-Info", "<http://x/photo.jpg>;purpose=icon",
                        "<sip:10.9.9.9>;method=\"NOTIFY;Event=telephone-event;Duration=500\"");
        relay(Map.of()).advertise(invite, null);
        assertThat(invite.headers("Call-Info")).containsExactly("<http://x/photo.jpg>;purpose=icon", OUR_CALL_INFO);
    }

    @Test
    void withoutContactTheSdpAddressNamesUs() {
        FakeDtmfMessage invite = new FakeDtmfMessage(true,
                "v=0\r\no=- 1 1 IN IP4 10.0.0.7\r\nc=IN IP4 10.0.0.7\r\nm=audio 4000 RTP/AVP 0\r\n");
        relay(Map.of()).advertise(invite, null);
        assertThat(invite.headers("Call-Info"))
                .containsExactly("<sip:10.0.0.7>;method=\"NOTIFY;Event=telephone-event;Duration=2000\"");
    }

    @Test
    void withdrawRemovesOnlyNotifyDtmfCallInfo() {
        FakeDtmfMessage m = new FakeDtmfMessage().header("Call-Info", "<http://x/photo.jpg>;purpose=icon", OUR_CALL_INFO);
        relay(Map.of()).withdraw(m);
        assertThat(m.headers("Call-Info")).containsExactly("<http://x/photo.jpg>;purpose=icon");
    }

    @Test
    void supportedWhenThePeerAdvertises() {
        SipNotifyDtmfRelay r = relay(Map.of());
        assertThat(r.supportedBy(peerAdvertising(2000))).isTrue();
        assertThat(r.supportedBy(new FakeDtmfMessage())).isFalse();
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Call-Info", "<http://x/i.jpg>;purpose=icon"))).isFalse();
        assertThat(r.supportedBy(new FakeDtmfMessage().header("Allow-Events", "telephone-event"))).isFalse();
    }

    @Test
    void negotiatedMaxDurationIsTheLowerOfBoth() {
        SipNotifyDtmfRelay r = relay(Map.of(SipUaKeys.NOTIFY_MAX_DURATION, 1500));
        assertThat(r.negotiatedMaxDuration(peerAdvertising(2000))).isEqualTo(1500);
        assertThat(r.negotiatedMaxDuration(peerAdvertising(1000))).isEqualTo(1000);
        assertThat(r.negotiatedMaxDuration(new FakeDtmfMessage().header("Call-Info",
                "<sip:h>;method=\"NOTIFY;Event=telephone-event\""))).isEqualTo(1500);
        assertThat(r.negotiatedMaxDuration(null)).isEqualTo(1500);
        assertThat(r.negotiatedMaxDuration(peerAdvertising(1))).as("IOS floor").isEqualTo(500);
    }

    @Test
    void configuredMaxDurationIsClampedToTheIosRange() {
        assertThat(relay(Map.of(SipUaKeys.NOTIFY_MAX_DURATION, 100)).negotiatedMaxDuration(null)).isEqualTo(500);
        assertThat(relay(Map.of(SipUaKeys.NOTIFY_MAX_DURATION, 9000)).negotiatedMaxDuration(null)).isEqualTo(3000);
        assertThat(relay(Map.of()).negotiatedMaxDuration(null)).isEqualTo(2000);
        assertThat(relay(Map.of(SipUaKeys.NOTIFY_MAX_DURATION, "1200", "retry.invite", 2))
                .negotiatedMaxDuration(null)).as("other sip-ua keys are ignored").isEqualTo(1200);
    }

    @Test
    void attachedSessionSendsWithTheNegotiatedMaxDuration() {
        FakeDtmfLeg leg = new FakeDtmfLeg();
        leg.peerMessage = peerAdvertising(1000);
        var session = relay(Map.of()).attach(leg);
        session.send(new DtmfDigit('7', 100));
        assertThat(leg.last().hex()).isEqualTo("07 00 03 E8");
        assertThat(session.describe()).startsWith("notify 1000 ms");
    }

    @Test
    void activateStartsAndDeactivateStopsItsOwnTimer() {
        SipNotifyDtmfRelay r = new SipNotifyDtmfRelay();
        r.activate(Converters.standardConverter().convert(Map.of()).to(SipNotifyDtmfRelay.Config.class));
        FakeDtmfLeg leg = new FakeDtmfLeg();
        var session = r.attach(leg);
        session.send(new DtmfDigit('1', 100));
        assertThat(leg.sent).hasSize(1);
        session.close();
        r.deactivate();
        // After deactivation scheduling is refused quietly: a straggling session must not throw into the core.
        var late = r.attach(new FakeDtmfLeg());
        late.send(new DtmfDigit('2', 100));
        late.close();
    }
}
