package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.media.MediaLeg;
import org.voxgate.spi.media.MediaSession;

/** Many calls on the relay's fixed set of threads: every packet of every call arrives, in order, on its own call. */
class ManyCallsTest {
    private static final int CALLS = 50;
    private static final int PACKETS = 20;
    private final RtpRelay relay = new RtpRelay();
    private final List<Peer> peers = new ArrayList<>();

    @AfterEach
    void stop() {
        relay.stop();
        peers.forEach(Peer::close);
    }

    private Peer peer() throws Exception {
        Peer p = new Peer();
        peers.add(p);
        return p;
    }

    @Test
    void fiftyCallsBothWaysOnAtMostTwoRelayThreads() throws Exception {
        int base = FreePorts.udpBase(4 * CALLS + 8);
        relay.start(new RtpRelay.Settings(base, base + 4 * CALLS + 7, Peer.LOOPBACK, 0));
        List<Peer[]> calls = new ArrayList<>();
        List<int[]> ports = new ArrayList<>();
        for (int c = 0; c < CALLS; c++) {
            Peer a = peer();
            Peer b = peer();
            MediaSession s = relay.open("call-" + c, null);
            int toB = Sdp.parse(s.offer(MediaLeg.A, a.sdp("sendrecv"))).media().get(0).port();
            int toA = Sdp.parse(s.answer(MediaLeg.B, b.sdp("sendrecv"))).media().get(0).port();
            calls.add(new Peer[] {a, b});
            ports.add(new int[] {toA, toB});
        }
        long relayThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("voxgate-media-")).count();
        assertThat(relayThreads).isBetween(1L, 2L);

        for (int i = 0; i < PACKETS; i++) {
            for (int c = 0; c < CALLS; c++) {
                calls.get(c)[0].send(ports.get(c)[0], Peer.rtp(0, i, 160L * i, c, (byte) c, 160));
                calls.get(c)[1].send(ports.get(c)[1], Peer.rtp(0, i, 160L * i, 1000 + c, (byte) c, 160));
            }
        }
        int lost = 0;
        for (int c = 0; c < CALLS; c++) {
            for (int side = 0; side < 2; side++) {
                Peer receiver = calls.get(c)[1 - side];
                long ssrc = side == 0 ? c : 1000 + c;
                int expected = 0;
                Peer.Received r;
                while (expected < PACKETS && (r = receiver.poll(2000)) != null) {
                    assertThat(r.ssrc()).as("call %d side %d", c, side).isEqualTo(ssrc);
                    assertThat(r.seq()).isGreaterThanOrEqualTo(expected);
                    lost += r.seq() - expected;
                    expected = r.seq() + 1;
                }
                lost += PACKETS - expected;
            }
        }
        assertThat(lost).as("packets lost on loopback of %d", 2 * CALLS * PACKETS).isZero();
        assertThat(relay.pool().inUse()).isEqualTo(2 * CALLS);
    }
}
