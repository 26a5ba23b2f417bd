package org.voxgate.dtmf.sipinfo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.testing.FakeDtmfMessage;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

class SipInfoDtmfRelayTest {
    private final SipInfoDtmfRelay relay = new SipInfoDtmfRelay();

    @Test
    void isTheSipInfoMethodAndAcceptsUnnegotiated() {
        assertThat(relay.method()).isEqualTo(DtmfRelay.SIP_INFO).isEqualTo("sip-info");
        assertThat(relay.acceptsUnnegotiated()).isTrue();
    }

    @Test
    void infoIsAssumedSupportedWithoutAnAllowHeader() {
        assertThat(relay.supportedBy(new FakeDtmfMessage())).isTrue();
    }

    @Test
    void allowHeaderMustListInfoWhenPresent() {
        assertThat(relay.supportedBy(new FakeDtmfMessage().header("Allow", "INVITE", "ACK", "BYE", "info"))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage().header("Allow", "INVITE, ACK, INFO"))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage().header("Allow", "INVITE", "ACK", "BYE", "NOTIFY"))).isFalse();
        assertThat(relay.supportedBy(new FakeDtmfMessage().header("Allow", "INVITE, INFORMATION"))).isFalse();
    }

    @Test
    void advertisingAndWithdrawingLeaveTheMessageAlone() {
        FakeDtmfMessage m = new FakeDtmfMessage().header("Allow", "INVITE, INFO");
        relay.advertise(m, null);
        relay.withdraw(m);
        assertThat(m.allHeaders()).hasSize(1);
    }

    @Test
    void everyAttachIsANewSession() {
        FakeDtmfLeg leg = new FakeDtmfLeg();
        assertThat(relay.attach(leg)).isNotSameAs(relay.attach(leg)).isInstanceOf(SipInfoSession.class);
    }
}
