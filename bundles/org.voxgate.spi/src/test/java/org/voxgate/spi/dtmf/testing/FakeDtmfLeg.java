package org.voxgate.spi.dtmf.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;

/**
 * The call core's side of a leg for the unit tests of DTMF relay bundles (this module's test-jar): records the keys
 * a relay reports and the requests it sends; the test answers each request by hand (or all at once, see
 * {@link #answerAtOnce}).
 */
public final class FakeDtmfLeg implements DtmfLeg {
    /** A request the relay sent, and the stage the test completes with the peer's answer. */
    public record Sent(DtmfRequest request, CompletableFuture<DtmfResponse> response) {
        public String body() {
            return new String(request.body(), StandardCharsets.US_ASCII);
        }

        /** The body as hex bytes, e.g. {@code 07 00 07 D0}. */
        public String hex() {
            StringBuilder b = new StringBuilder();
            for (byte x : request.body()) {
                b.append(b.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
            }
            return b.toString();
        }

        public String header(String name) {
            return request.header(name);
        }

        public void answer(int status) {
            response.complete(DtmfResponse.of(status));
        }

        public void answer(int status, String header, String value) {
            response.complete(new DtmfResponse(status, List.of(Map.entry(header, value)), null, null));
        }
    }

    private final MediaLeg side;
    private final MediaSession media;
    public final List<DtmfDigit> received = new CopyOnWriteArrayList<>();
    public final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** What {@link #remoteSdp()} returns (and the SDP of the default {@link #peerMessage()}). */
    public volatile String remoteSdp;
    /** What {@link #peerMessage()} returns; null: a message carrying {@link #remoteSdp}. */
    public volatile DtmfMessage peerMessage;
    /** When set, every request is answered with this status before {@link #send} returns (a synchronous stage). */
    public volatile Integer answerAtOnce;

    /** Leg B, no media: for relays that signal in SIP. */
    public FakeDtmfLeg() {
        this(MediaLeg.B, null, null);
    }

    /** A leg with anchored media (null: flow-around) and the peer's SDP. */
    public FakeDtmfLeg(MediaLeg side, MediaSession media, String remoteSdp) {
        this.side = side;
        this.media = media;
        this.remoteSdp = remoteSdp;
    }

    /** The last request sent. */
    public Sent last() {
        return sent.get(sent.size() - 1);
    }

    @Override
    public String callId() {
        return "call-1";
    }

    @Override
    public MediaLeg side() {
        return side;
    }

    @Override
    public int peerTag() {
        return 100;
    }

    @Override
    public DtmfMessage peerMessage() {
        DtmfMessage m = peerMessage;
        return m != null ? m : new FakeDtmfMessage(side == MediaLeg.A, remoteSdp);
    }

    @Override
    public String remoteSdp() {
        return remoteSdp;
    }

    @Override
    public String localSdp() {
        return null;
    }

    @Override
    public MediaSession media() {
        return media;
    }

    @Override
    public void received(DtmfDigit digit) {
        received.add(digit);
    }

    @Override
    public synchronized CompletionStage<DtmfResponse> send(DtmfRequest request) {
        Sent s = new Sent(request, new CompletableFuture<>());
        sent.add(s);
        Integer now = answerAtOnce;
        if (now != null) {
            s.answer(now);
        }
        return s.response();
    }
}
