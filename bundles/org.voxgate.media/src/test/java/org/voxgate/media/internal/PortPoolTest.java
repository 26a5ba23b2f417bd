package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voxgate.spi.media.MediaException;

class PortPoolTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final List<PortPair> taken = new ArrayList<>();

    @AfterEach
    void closeAll() {
        taken.forEach(RelayLoop::closeSockets);
    }

    private PortPair take(PortPool pool) throws MediaException {
        PortPair p = pool.allocate(LOOPBACK);
        taken.add(p);
        return p;
    }

    @Test
    void evenRtpPortsWithRtcpOnTheNextWithinTheRange() throws Exception {
        int base = FreePorts.udpBase(8);
        PortPool pool = new PortPool(base + 1, base + 6); // RTP on base+2, base+4 (base+6 has no RTCP port in range)
        assertThat(pool.pairs()).isEqualTo(2);
        PortPair first = take(pool);
        PortPair second = take(pool);
        assertThat(List.of(first.port(), second.port())).containsExactly(base + 2, base + 4);
        assertThat(first.rtcpPort()).isEqualTo(base + 3);
        assertThat(((java.net.InetSocketAddress) first.rtcp().getLocalAddress()).getPort()).isEqualTo(base + 3);
        assertThat(first.rtp().isBlocking()).isFalse();
        assertThat(pool.inUse()).isEqualTo(2);
    }

    @Test
    void exhaustionIsAClearErrorAndReleaseMakesRoom() throws Exception {
        int base = FreePorts.udpBase(4);
        PortPool pool = new PortPool(base, base + 3);
        take(pool);
        PortPair second = take(pool);
        assertThatThrownBy(() -> take(pool)).isInstanceOf(MediaException.class)
                .hasMessageContaining("no free RTP port pair in " + base + "-" + (base + 3))
                .hasMessageContaining("2 of 2 pairs in use")
                .satisfies(e -> assertThat(((MediaException) e).reason()).isEqualTo(MediaException.Reason.NO_PORTS));
        RelayLoop.closeSockets(second);
        taken.remove(second);
        pool.release(second.port());
        pool.release(second.port()); // idempotent
        assertThat(pool.inUse()).isEqualTo(1);
        assertThat(take(pool).port()).isEqualTo(second.port());
    }

    @Test
    void allocationGoesRoundTheRangeSoAReleasedPortRestsFirst() throws Exception {
        int base = FreePorts.udpBase(6);
        PortPool pool = new PortPool(base, base + 5);
        PortPair a = take(pool);
        RelayLoop.closeSockets(a);
        taken.remove(a);
        pool.release(a.port());
        assertThat(take(pool).port()).isEqualTo(base + 2);
        assertThat(take(pool).port()).isEqualTo(base + 4);
        assertThat(take(pool).port()).isEqualTo(base);
    }

    @Test
    void aPortHeldByAnotherProcessIsSkipped() throws Exception {
        int base = FreePorts.udpBase(4);
        PortPool pool = new PortPool(base, base + 3);
        try (DatagramSocket squatter = new DatagramSocket(base + 1, LOOPBACK)) {
            assertThat(take(pool).port()).isEqualTo(base + 2);
            assertThat(pool.inUse()).isEqualTo(1);
            assertThatThrownBy(() -> take(pool)).isInstanceOf(MediaException.class);
        }
    }

    @Test
    void rangeWithoutAPairIsRefused() {
        assertThatThrownBy(() -> new PortPool(20001, 20001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortPool(20001, 20002)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PortPool(16384, 32767).pairs()).isEqualTo(8192);
        assertThat(new PortPool(16384, 32767).describe()).isEqualTo("16384-32767");
    }

    @Test
    void theOpenFileLimitCapsThePairsInUseWithItsOwnReason() throws Exception {
        int base = FreePorts.udpBase(8);
        PortPool pool = new PortPool(base, base + 7); // four pairs in the range
        pool.cap(2);
        take(pool);
        PortPair second = take(pool);
        assertThatThrownBy(() -> pool.allocate(LOOPBACK)).isInstanceOf(MediaException.class)
                .hasMessageContaining("open-file limit");
        RelayLoop.closeSockets(second);
        pool.release(second.port());
        assertThat(take(pool).port()).isBetween(base, base + 6);
    }
}
