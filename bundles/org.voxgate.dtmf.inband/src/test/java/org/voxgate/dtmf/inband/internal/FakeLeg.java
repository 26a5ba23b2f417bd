package org.voxgate.dtmf.inband.internal;

import java.util.List;
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

/** The core's side of a leg: records the keys the relay reports. */
final class FakeLeg implements DtmfLeg {
    final MediaLeg side;
    final MediaSession media;
    volatile String remoteSdp;
    final List<DtmfDigit> received = new CopyOnWriteArrayList<>();

    FakeLeg(MediaLeg side, MediaSession media, String remoteSdp) {
        this.side = side;
        this.media = media;
        this.remoteSdp = remoteSdp;
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
        return -1;
    }

    @Override
    public DtmfMessage peerMessage() {
        return new FakeMessage(side == MediaLeg.A, remoteSdp);
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
    public CompletionStage<DtmfResponse> send(DtmfRequest request) {
        return CompletableFuture.completedFuture(DtmfResponse.of(503));
    }
}
