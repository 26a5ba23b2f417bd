package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SdpTest {
    private static final String OFFER = String.join("\r\n",
            "v=0",
            "o=alice 2890844526 2890844527 IN IP4 192.0.2.10",
            "s=-",
            "c=IN IP4 192.0.2.10",
            "t=0 0",
            "a=ice-ufrag:F7gI",
            "m=audio 49170 RTP/AVP 0 8 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-15",
            "a=rtcp:53020 IN IP4 192.0.2.10",
            "a=candidate:1 1 UDP 2130706431 192.0.2.10 49170 typ host",
            "a=sendonly",
            "m=video 51372 RTP/AVP 99",
            "c=IN IP4 198.51.100.7",
            "a=rtpmap:99 H264/90000",
            "a=rtcp:51373",
            "m=audio 0 RTP/AVP 0",
            "m=message 7394 TCP/MSRP *",
            "a=path:msrp://192.0.2.10:7394/2s93i;tcp",
            "") + "\r\n";

    private static int[] ports(int index) {
        return switch (index) {
            case 0 -> new int[] {20000, 20001};
            case 1 -> new int[] {20002, 20003};
            default -> null;
        };
    }

    @Test
    void parsesEveryMediaLine() {
        Sdp sdp = Sdp.parse(OFFER);
        assertThat(sdp.media()).hasSize(4);
        Sdp.Media audio = sdp.media().get(0);
        assertThat(audio.type()).isEqualTo("audio");
        assertThat(audio.port()).isEqualTo(49170);
        assertThat(audio.formats()).containsExactly("0", "8", "101");
        assertThat(audio.address()).isEqualTo("192.0.2.10");
        assertThat(audio.direction()).isEqualTo("sendonly");
        assertThat(audio.rtcpPort()).isEqualTo(53020);
        assertThat(audio.rtpmap()).containsEntry(101, "telephone-event/8000");
        assertThat(audio.telephoneEvent()).isEqualTo(101);
        assertThat(audio.rewritable()).isTrue();
        Sdp.Media video = sdp.media().get(1);
        assertThat(video.address()).isEqualTo("198.51.100.7");
        assertThat(video.direction()).isEqualTo("sendrecv");
        assertThat(sdp.media().get(2).relayable()).isFalse();
        assertThat(sdp.media().get(3).relayable()).isFalse();
    }

    @Test
    void rewritesConnectionOriginPortsAndRtcp() {
        String out = Sdp.parse(OFFER).rewrite("203.0.113.5", SdpTest::ports);
        assertThat(out).contains("o=alice 2890844526 2890844527 IN IP4 203.0.113.5\r\n")
                .contains("\r\nc=IN IP4 203.0.113.5\r\nt=0 0\r\n")
                .contains("m=audio 20000 RTP/AVP 0 8 101\r\n")
                .contains("a=rtcp:20001 IN IP4 203.0.113.5\r\n")
                .contains("m=video 20002 RTP/AVP 99\r\nc=IN IP4 203.0.113.5\r\n")
                .contains("a=rtcp:20003\r\n")
                .doesNotContain("192.0.2.10 49170", "198.51.100.7", "53020", "51372");
        Sdp again = Sdp.parse(out);
        assertThat(again.media().get(0).address()).isEqualTo("203.0.113.5");
        assertThat(again.media().get(1).address()).isEqualTo("203.0.113.5");
    }

    @Test
    void keepsAttributesAndDirectionAndRemovesIce() {
        String out = Sdp.parse(OFFER).rewrite("203.0.113.5", SdpTest::ports);
        assertThat(out).contains("a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n")
                .contains("a=sendonly\r\n")
                .doesNotContain("ice-ufrag", "candidate");
        assertThat(out).endsWith("\r\n").doesNotContain("\r\n\r\n");
    }

    @Test
    void portZeroLinesStayZeroAndTcpMediaKeepsItsAddress() {
        String out = Sdp.parse(OFFER).rewrite("203.0.113.5", SdpTest::ports);
        Sdp again = Sdp.parse(out);
        assertThat(again.media().get(2).port()).isZero();
        assertThat(again.media().get(3).port()).isEqualTo(7394);
        assertThat(again.media().get(3).address()).isEqualTo("192.0.2.10");
        assertThat(out).contains("m=message 7394 TCP/MSRP *\r\nc=IN IP4 192.0.2.10\r\na=path:");
    }

    @Test
    void holdAddressStays() {
        String hold = "v=0\no=- 1 2 IN IP4 192.0.2.1\ns=-\nc=IN IP4 0.0.0.0\nt=0 0\nm=audio 4000 RTP/AVP 0\n";
        Sdp sdp = Sdp.parse(hold);
        assertThat(sdp.media().get(0).holdAddress()).isTrue();
        String out = sdp.rewrite("203.0.113.5", i -> new int[] {20000, 20001});
        assertThat(out).contains("c=IN IP4 0.0.0.0\r\n").contains("m=audio 20000 RTP/AVP 0\r\n")
                .contains("o=- 1 2 IN IP4 203.0.113.5");
    }

    @Test
    void sessionLevelDirectionAppliesToMediaWithoutOwn() {
        String sdp = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\na=inactive\r\n"
                + "m=audio 4000 RTP/AVP 0\r\nm=audio 4002 RTP/AVP 0\r\na=recvonly\r\n";
        Sdp parsed = Sdp.parse(sdp);
        assertThat(parsed.media().get(0).direction()).isEqualTo("inactive");
        assertThat(parsed.media().get(1).direction()).isEqualTo("recvonly");
    }

    @Test
    void ipv6AddressesAndMuxAndSrtp() {
        String sdp = "v=0\no=- 1 1 IN IP6 2001:db8::1\ns=-\nc=IN IP6 2001:db8::1\nt=0 0\n"
                + "m=audio 4000 RTP/SAVP 0\na=rtcp-mux\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x\n";
        Sdp parsed = Sdp.parse(sdp);
        assertThat(parsed.media().get(0).rtcpMux()).isTrue();
        assertThat(parsed.media().get(0).rewritable()).isFalse();
        assertThat(parsed.media().get(0).relayable()).isTrue();
        String out = parsed.rewrite("2001:db8::5", i -> new int[] {20000, 20001});
        assertThat(out).contains("c=IN IP6 2001:db8::5\r\n").contains("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x");
        String v4 = parsed.rewrite("203.0.113.5", i -> new int[] {20000, 20001});
        assertThat(v4).contains("o=- 1 1 IN IP4 203.0.113.5").contains("c=IN IP4 203.0.113.5");
    }

    @Test
    void staticPayloadTypesAndCodecNames() {
        assertThat(Codecs.iosName(Codecs.encoding(0, Map.of()))).isEqualTo("g711ulaw");
        assertThat(Codecs.iosName(Codecs.encoding(8, Map.of()))).isEqualTo("g711alaw");
        assertThat(Codecs.iosName(Codecs.encoding(18, Map.of()))).isEqualTo("g729r8");
        assertThat(Codecs.iosName(Codecs.encoding(96, Map.of(96, "opus/48000/2")))).isEqualTo("opus");
        assertThat(Codecs.g711("PCMA/8000")).isZero();
        assertThat(Codecs.g711("pcmu/8000")).isEqualTo(1);
        assertThat(Codecs.g711("G722/8000")).isEqualTo(-1);
    }

    @Test
    void rejectsWhatIsNotSdp() {
        assertThatThrownBy(() -> Sdp.parse("hello")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sdp.parse("v=0\nm=audio x RTP/AVP 0\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sdp.parse("v=0\nm=audio\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sdp.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
