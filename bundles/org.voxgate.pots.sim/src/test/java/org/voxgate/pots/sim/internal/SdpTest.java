package org.voxgate.pots.sim.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class SdpTest {
    private static String offer(String mediaLines) {
        return "v=0\r\no=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + mediaLines;
    }

    private static Sdp.Selection select(String sdp) {
        return Sdp.selectG711(sdp).orElseThrow();
    }

    @Test
    void pcmuOnly() {
        Sdp.Selection s = select(offer("m=audio 49170 RTP/AVP 0\r\n"));
        assertThat(s.codec()).isEqualTo(G711Codec.PCMU);
        assertThat(s.payloadType()).isZero();
        assertThat(s.remote()).isEqualTo(new InetSocketAddress("127.0.0.1", 49170));
    }

    @Test
    void pcmaOnly() {
        Sdp.Selection s = select(offer("m=audio 49170 RTP/AVP 8 101\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"));
        assertThat(s.codec()).isEqualTo(G711Codec.PCMA);
        assertThat(s.payloadType()).isEqualTo(8);
    }

    @Test
    void bothPrefersPcmuWhateverTheOfferOrder() {
        assertThat(select(offer("m=audio 4000 RTP/AVP 0 8\r\n")).codec()).isEqualTo(G711Codec.PCMU);
        assertThat(select(offer("m=audio 4000 RTP/AVP 18 8 0 101\r\na=rtpmap:18 G729/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n")).codec()).isEqualTo(G711Codec.PCMU);
    }

    @Test
    void noG711IsNoSelection() {
        assertThat(Sdp.selectG711(offer("m=audio 4000 RTP/AVP 18 101\r\na=rtpmap:18 G729/8000\r\n"))).isEmpty();
        assertThat(Sdp.selectG711(offer("m=audio 4000 RTP/AVP 9\r\n"))).isEmpty(); // G.722
        assertThat(Sdp.selectG711(offer("m=video 4000 RTP/AVP 0\r\n"))).isEmpty();
        assertThat(Sdp.selectG711(offer("m=audio 0 RTP/AVP 0\r\n"))).isEmpty(); // rejected stream
        assertThat(Sdp.selectG711(offer("m=audio 4000 RTP/SAVP 0\r\n"))).isEmpty(); // SRTP: not spoken
        assertThat(Sdp.selectG711(offer("m=audio 4000 RTP/AVP 0 8\r\na=rtpmap:0 G722/8000\r\n"
                + "a=rtpmap:8 PCMA/16000\r\n"))).isEmpty(); // rtpmap wins over the static number
        assertThat(Sdp.selectG711("not sdp at all")).isEmpty();
        assertThat(Sdp.selectG711("v=0\r\nm=audio x RTP/AVP 0\r\n")).isEmpty();
        assertThat(Sdp.selectG711("v=0\r\nm=audio 4000 RTP/AVP 0\r\n")).isEmpty(); // no c= anywhere
        assertThat(Sdp.selectG711(null)).isEmpty();
    }

    @Test
    void dynamicPayloadTypeMappedToG711IsUsedWithItsNumber() {
        Sdp.Selection s = select(offer("m=audio 4000 RTP/AVP 96\r\na=rtpmap:96 pcma/8000\r\n"));
        assertThat(s.codec()).isEqualTo(G711Codec.PCMA);
        assertThat(s.payloadType()).isEqualTo(96);
        assertThat(Sdp.answer(s, "127.0.0.1", 26000, 1)).contains("m=audio 26000 RTP/AVP 96\r\n")
                .contains("a=rtpmap:96 PCMA/8000\r\n");
    }

    @Test
    void oddWhitespaceIsTolerated() {
        String sdp = "v=0\n\n o=- 1 1 IN IP4 127.0.0.1 \n\ts=x\nc=IN  IP4\t127.0.0.1/127 \n t=0 0\n"
                + "m=audio   5004\tRTP/AVP  8    0  \n\na=rtpmap: 0   PCMU/8000  \r\na=rtpmap:8\tPCMA/8000\n";
        Sdp.Selection s = select(sdp);
        assertThat(s.codec()).isEqualTo(G711Codec.PCMU);
        assertThat(s.remote()).isEqualTo(new InetSocketAddress("127.0.0.1", 5004));
    }

    @Test
    void mediaConnectionOverridesSessionAndHoldAddressSendsNothing() {
        Sdp.Selection s = select(offer("m=audio 4000 RTP/AVP 0\r\nc=IN IP4 127.0.0.2\r\n"));
        assertThat(s.remote()).isEqualTo(new InetSocketAddress("127.0.0.2", 4000));
        assertThat(select(offer("m=audio 4000 RTP/AVP 0\r\nc=IN IP4 0.0.0.0\r\n")).remote()).isNull();
    }

    @Test
    void answerIsRfc4566WithOneCodecAndKeepsTheOffersMediaLines() {
        Sdp.Selection s = select(offer("m=video 5000 RTP/AVP 31\r\nm=audio 4000 RTP/AVP 8 0\r\n"));
        assertThat(s.mediaIndex()).isEqualTo(1);
        String answer = Sdp.answer(s, "127.0.0.1", 26002, 42);
        assertThat(answer).isEqualTo("v=0\r\n"
                + "o=- 42 42 IN IP4 127.0.0.1\r\n"
                + "s=Voxgate POTS simulator\r\n"
                + "c=IN IP4 127.0.0.1\r\n"
                + "t=0 0\r\n"
                + "m=video 0 RTP/AVP 31\r\n"
                + "m=audio 26002 RTP/AVP 0\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=ptime:20\r\n"
                + "a=sendrecv\r\n");
        Sdp.Selection back = select(answer);
        assertThat(back.codec()).isEqualTo(G711Codec.PCMU);
        assertThat(back.remote()).isEqualTo(new InetSocketAddress("127.0.0.1", 26002));
    }

    @Test
    void offerListsPcmuThenPcma() {
        String offer = Sdp.offer("127.0.0.1", 26004, 7);
        assertThat(offer).startsWith("v=0\r\n").contains("c=IN IP4 127.0.0.1\r\n", "t=0 0\r\n",
                "m=audio 26004 RTP/AVP 0 8\r\n", "a=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:8 PCMA/8000\r\n",
                "a=sendrecv\r\n");
        Sdp.Description d = Sdp.parse(offer);
        assertThat(d.media()).singleElement().satisfies(m -> {
            assertThat(m.formats()).containsExactly("0", "8");
            assertThat(m.connection()).isEqualTo("127.0.0.1");
        });
    }
}
