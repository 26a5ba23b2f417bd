package org.voxgate.dtmf.sipnotify.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.voxgate.spi.dtmf.DtmfDigit;
import org.voxgate.spi.dtmf.DtmfLeg;
import org.voxgate.spi.dtmf.DtmfMessage;
import org.voxgate.spi.dtmf.DtmfRequest;
import org.voxgate.spi.dtmf.DtmfResponse;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;

/** The core's side of a leg, recording what the relay reports and sends; the test answers each request by hand. */
final class FakeDtmfLeg implements DtmfLeg {
    record Sent(DtmfRequest request, CompletableFuture<DtmfResponse> response) {
        String body() {
            return new String(request.body(), StandardCharsets.US_ASCII);
        }

        /** The body as hex bytes, e.g. {@code 07 00 07 D0}. */
        String hex() {
            StringBuilder b = new StringBuilder();
            for (byte x : request.body()) {
                b.append(b.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
            }
            return b.toString();
        }

        void answer(int status) {
            response.complete(DtmfResponse.of(status));
        }
    }

    final List<DtmfDigit> received = new ArrayList<>();
    final List<Sent> sent = new ArrayList<>();
    /** What {@link #peerMessage()} returns. */
    DtmfMessage peerMessage;
    /** When set, every request is answered with this status before {@link #send} returns (a synchronous stage). */
    Integer answerAtOnce;

    @Override
    public String callId() {
        return "call-1";
    }

    @Override
    public MediaLeg side() {
        return MediaLeg.B;
    }

    @Override
    public int peerTag() {
        return 100;
    }

    @Override
    public DtmfMessage peerMessage() {
        return peerMessage;
    }

    @Override
    public String remoteSdp() {
        return null;
    }

    @Override
    public String localSdp() {
        return null;
    }

    @Override
    public MediaSession media() {
        return null;
    }

    @Override
    public synchronized void received(DtmfDigit digit) {
        received.add(digit);
    }

    @Override
    public synchronized CompletionStage<DtmfResponse> send(DtmfRequest request) {
        Sent s = new Sent(request, new CompletableFuture<>());
        sent.add(s);
        if (answerAtOnce != null) {
            s.answer(answerAtOnce);
        }
        return s.response();
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }
}
