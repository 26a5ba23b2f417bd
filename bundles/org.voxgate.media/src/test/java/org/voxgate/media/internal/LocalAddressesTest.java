package org.voxgate.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class LocalAddressesTest {
    @Test
    void theKernelsSourceAddressTowardsALoopbackDestination() throws Exception {
        String local = LocalAddresses.towards("127.0.0.7");
        assertThat(InetAddress.getByName(local).isLoopbackAddress()).as(local).isTrue();
    }

    /** The second answer is the kept one (the same string), not a second socket's. */
    @Test
    void anAnswerIsKeptForTheNextOfferTowardsTheSameAddress() throws Exception {
        InetAddress remote = InetAddress.getByName("127.0.0.8");
        String first = LocalAddresses.towards(remote);
        assertThat(LocalAddresses.towards(remote)).isSameAs(first);
    }
}
