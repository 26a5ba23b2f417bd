package org.voxgate.dtmf.rtpnte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;
import org.voxgate.spi.dtmf.DtmfRelay;
import org.voxgate.spi.dtmf.DtmfSession;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.dtmf.testing.FakeDtmfMessage;
import org.voxgate.spi.dtmf.testing.FakeDtmfLeg;

/** Negotiation in SDP: advertise on INVITEs and answers (PT remapping), withdraw, supportedBy. */
class RtpNteDtmfRelayTest {
    private static final String PCMU_ONLY = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 8\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=ptime:20\r\n";
    private static final String WITH_101 = "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\nt=0 0\r\n"
            + "m=audio 4000 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=ptime:20\r\n";

    private final RtpNteDtmfRelay relay = new RtpNteDtmfRelay();

    private RtpNteDtmfRelay activated(Map<String, Object> properties) {
        relay.activate(Converters.standardConverter().convert(properties).to(RtpNteDtmfRelay.Config.class));
        return relay;
    }

    @AfterEach
    void deactivate() {
        relay.deactivate();
    }

    @Test
    void inviteWithoutTelephoneEventGetsTheConfiguredPayloadType() {
        FakeDtmfMessage invite = new FakeDtmfMessage(true, PCMU_ONLY);
        activated(Map.of()).advertise(invite, null);
        assertThat(invite.sdp()).isEqualTo(WITH_101);
    }

    @Test
    void configuredPayloadTypeIsUsedAndReplacedByAFreeOneWhenTaken() {
        FakeDtmfMessage invite = new FakeDtmfMessage(true, PCMU_ONLY);
        activated(Map.of("payload.type", 110)).advertise(invite, null);
        assertThat(invite.sdp()).contains("m=audio 4000 RTP/AVP 0 8 110\r\n")
                .contains("a=rtpmap:110 telephone-event/8000\r\na=fmtp:110 0-15\r\na=ptime:20\r\n");

        String taken = PCMU_ONLY.replace("RTP/AVP 0 8", "RTP/AVP 0 8 110 127")
                .replace("a=ptime", "a=rtpmap:110 opus/48000/2\r\na=rtpmap:127 iLBC/8000\r\na=ptime");
        FakeDtmfMessage crowded = new FakeDtmfMessage(true, taken);
        relay.advertise(crowded, null);
        assertThat(crowded.sdp()).contains("m=audio 4000 RTP/AVP 0 8 110 127 111\r\n")
                .contains("a=rtpmap:111 telephone-event/8000\r\na=fmtp:111 0-15\r\n");
    }

    @Test
    void freePayloadTypeSearchWrapsAroundToNinetySix() {
        relay.activate(Converters.standardConverter().convert(Map.of("payload.type", 127))
                .to(RtpNteDtmfRelay.Config.class));
        FakeDtmfMessage invite = new FakeDtmfMessage(true, PCMU_ONLY.replace("RTP/AVP 0 8", "RTP/AVP 0 8 127"));
        relay.advertise(invite, null);
        assertThat(invite.sdp()).contains("RTP/AVP 0 8 127 96\r\n").contains("a=rtpmap:96 telephone-event/8000");
    }

    @Test
    void payloadTypeOutsideTheDynamicRangeFallsBackTo101() {
        assertThat(activated(Map.of("payload.type", 90)).payloadType()).isEqualTo(101);
    }

    @Test
    void inviteThatAlreadyOffersTelephoneEventIsLeftAlone() {
        String with100 = WITH_101.replace("101", "100");
        FakeDtmfMessage invite = new FakeDtmfMessage(true, with100);
        activated(Map.of()).advertise(invite, null);
        assertThat(invite.sdp()).isEqualTo(with100);
        assertThat(invite.sdpWrites()).isZero();
    }

    @Test
    void answerUsesThePayloadTypeThePeerOffered() {
        // the other leg's peer answered with 101; this leg's peer offered 96: the answer must say 96
        FakeDtmfMessage offer = new FakeDtmfMessage(true, WITH_101.replace("101", "96"));
        FakeDtmfMessage answer = new FakeDtmfMessage(false, WITH_101);
        activated(Map.of()).advertise(answer, offer);
        assertThat(answer.sdp()).isEqualTo("v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 192.0.2.1\r\n"
                + "t=0 0\r\nm=audio 4000 RTP/AVP 0 8 96\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-15\r\na=ptime:20\r\n");
    }

    @Test
    void answerGetsTelephoneEventWhenTheOtherLegHadNone() {
        FakeDtmfMessage offer = new FakeDtmfMessage(true, WITH_101);
        FakeDtmfMessage answer = new FakeDtmfMessage(false, PCMU_ONLY);
        activated(Map.of("payload.type", 120)).advertise(answer, offer);
        assertThat(answer.sdp()).isEqualTo(WITH_101);
    }

    @Test
    void answerToAnOfferWithoutTelephoneEventCarriesNone() {
        FakeDtmfMessage offer = new FakeDtmfMessage(true, PCMU_ONLY);
        FakeDtmfMessage answer = new FakeDtmfMessage(false, WITH_101);
        activated(Map.of()).advertise(answer, offer);
        assertThat(answer.sdp()).isEqualTo(PCMU_ONLY);
    }

    @Test
    void withdrawRemovesEveryTelephoneEvent() {
        String two = WITH_101.replace("a=ptime:20\r\n", "a=ptime:20\r\n"
                + "m=audio 4002 RTP/AVP 9 102\r\na=rtpmap:9 G722/8000\r\na=rtpmap:102 telephone-event/16000\r\n"
                + "a=fmtp:102 0-16\r\n");
        FakeDtmfMessage invite = new FakeDtmfMessage(true, two);
        activated(Map.of()).withdraw(invite);
        assertThat(invite.sdp()).isEqualTo(PCMU_ONLY + "m=audio 4002 RTP/AVP 9\r\na=rtpmap:9 G722/8000\r\n");
    }

    @Test
    void withdrawKeepsLfLineEndings() {
        FakeDtmfMessage invite = new FakeDtmfMessage(true, WITH_101.replace("\r\n", "\n"));
        activated(Map.of()).withdraw(invite);
        assertThat(invite.sdp()).isEqualTo(PCMU_ONLY.replace("\r\n", "\n"));
    }

    @Test
    void messagesWithoutSdpAreLeftAlone() {
        FakeDtmfMessage invite = new FakeDtmfMessage(true, null);
        activated(Map.of()).advertise(invite, null);
        relay.withdraw(invite);
        assertThat(invite.sdp()).isNull();
        assertThat(relay.supportedBy(invite)).isFalse();
    }

    @Test
    void supportedByAPeerThatMapsTelephoneEventAt8000() {
        activated(Map.of());
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, WITH_101))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage(true, PCMU_ONLY))).isFalse();
        assertThat(relay.supportedBy(new FakeDtmfMessage(false, WITH_101.replace("telephone-event/8000",
                "TELEPHONE-EVENT/8000")))).isTrue();
        assertThat(relay.supportedBy(new FakeDtmfMessage(false, WITH_101.replace("telephone-event/8000",
                "telephone-event/16000")))).as("wideband events only").isFalse();
        assertThat(relay.supportedBy(new FakeDtmfMessage(false, WITH_101.replace("RTP/AVP 0 8 101", "RTP/AVP 0 8"))))
                .as("rtpmap of a PT the m= line does not list").isFalse();
    }

    @Test
    void methodAndSessionWithoutMedia() {
        activated(Map.of());
        assertThat(relay.method()).isEqualTo(DtmfRelay.RTP_NTE);
        try (DtmfSession s = relay.attach(new FakeDtmfLeg(MediaLeg.A, null, WITH_101))) {
            s.send(new org.voxgate.spi.dtmf.DtmfDigit('5', 100)); // logged and dropped: nothing to inject into
            assertThat(s.describe()).isEqualTo("pt 101");
        }
    }
}
