package org.voxgate.sip.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetransmissionFilterTest {
    @Test
    void aFingerprintSeenBeforeIsRepeatedUntilItsSlotIsTaken() {
        RetransmissionFilter f = new RetransmissionFilter(16);
        assertThat(f.repeated(42)).isFalse();
        assertThat(f.repeated(42)).isTrue();
        assertThat(f.repeated(42 + 16)).isFalse(); // same slot, another message
        assertThat(f.repeated(42)).isFalse();
        assertThat(f.repeated(0)).isFalse(); // 0 is not mistaken for an empty slot
        assertThat(f.repeated(0)).isTrue();
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThatThrownBy(() -> new RetransmissionFilter(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}
