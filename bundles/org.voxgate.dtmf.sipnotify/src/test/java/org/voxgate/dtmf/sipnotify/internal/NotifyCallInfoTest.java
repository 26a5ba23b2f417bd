package org.voxgate.dtmf.sipnotify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyCallInfoTest {

    @Test
    void formatsTheCiscoHeaderValue() {
        assertThat(NotifyCallInfo.format("192.168.106.50:5060", 2000))
                .isEqualTo("<sip:192.168.106.50:5060>;method=\"NOTIFY;Event=telephone-event;Duration=2000\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "<sip:192.168.106.50:5060>;method=\"NOTIFY;Event=telephone-event;Duration=2000\"",
            "<sip:10.0.0.1>;method=\"NOTIFY;Event=telephone-event\"",
            "<sip:10.0.0.1> ; Method = \"notify; event = Telephone-Event; duration=500\"",
            "<sip:gw.example.com>;purpose=info;method=\"NOTIFY;Event=telephone-event;Duration=1000\"" })
    void recognisesNotifyDtmfAdvertisements(String value) {
        assertThat(NotifyCallInfo.isNotifyDtmf(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "<http://www.example.com/alice/photo.jpg>;purpose=icon",
            "<sip:10.0.0.1>;method=\"NOTIFY;Event=kpml\"", "<sip:10.0.0.1>;method=\"INFO;Event=telephone-event\"",
            "<sip:method.example.com>;purpose=info", "<sip:10.0.0.1>;method=\"NOTIFY\"" })
    void ignoresOtherCallInfo(String value) {
        assertThat(NotifyCallInfo.isNotifyDtmf(value)).isFalse();
    }

    @Test
    void durationComesFromTheFirstAdvertisement() {
        assertThat(NotifyCallInfo.duration(List.of("<http://x/icon.jpg>;purpose=icon",
                "<sip:10.0.0.1>;method=\"NOTIFY;Event=telephone-event;Duration=1500\""))).hasValue(1500);
        assertThat(NotifyCallInfo.duration(List.of("<sip:10.0.0.1>;method=\"NOTIFY;Event=telephone-event\"")))
                .isEmpty();
        assertThat(NotifyCallInfo.duration(List.of("<sip:h>;method=\"NOTIFY;Event=telephone-event;Duration=x\"")))
                .isEmpty();
        assertThat(NotifyCallInfo.duration(List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "<sip:192.168.106.50:5060>|192.168.106.50:5060",
            "\"GW\" <sip:4000@10.1.1.1:5070;transport=udp>;expires=60|10.1.1.1:5070",
            "sip:gw.example.com;transport=tcp|gw.example.com", "<sips:[2001:db8::1]:5061>|[2001:db8::1]:5061",
            "<sip:user@10.0.0.1?Subject=x>|10.0.0.1" })
    void takesHostPortFromContact(String contact, String hostPort) {
        assertThat(NotifyCallInfo.hostPort(contact)).isEqualTo(hostPort);
    }

    @Test
    void contactWithoutUriHasNoHostPort() {
        assertThat(NotifyCallInfo.hostPort("*")).isNull();
        assertThat(NotifyCallInfo.hostPort("<sip:>")).isNull();
    }

    @Test
    void sdpConnectionAddress() {
        assertThat(NotifyCallInfo.sdpAddress("v=0\r\no=- 1 1 IN IP4 1.1.1.1\r\nc=IN IP4 10.0.0.7\r\n"))
                .isEqualTo("10.0.0.7");
        assertThat(NotifyCallInfo.sdpAddress("v=0\nc=IN IP6 2001:db8::7\n")).isEqualTo("[2001:db8::7]");
        assertThat(NotifyCallInfo.sdpAddress("v=0\r\n")).isNull();
        assertThat(NotifyCallInfo.sdpAddress(null)).isNull();
    }
}
