package org.voxgate.sip.internal;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers the fingerprints of recently sent messages in a fixed, direct-mapped table (lock-free, no
 * allocation) and tells whether a fingerprint was sent before: the stack resends the very message, so a
 * retransmission has the fingerprint of the original. Lossy by design: a slot is overwritten by a later
 * message that maps to it, so under heavy traffic a late retransmission can go uncounted (with 16384 slots,
 * hardly below a few hundred messages a second); a false "repeated" needs two different messages with the
 * same 64-bit fingerprint.
 */
final class RetransmissionFilter {
    static final int SLOTS = 1 << 14;
    private final AtomicLongArray slots;
    private final int mask;

    RetransmissionFilter() {
        this(SLOTS);
    }

    RetransmissionFilter(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        slots = new AtomicLongArray(size);
        mask = size - 1;
    }

    /** Records {@code fingerprint}; true when the same fingerprint was the last one recorded in its slot. */
    boolean repeated(long fingerprint) {
        long f = fingerprint == 0 ? 1 : fingerprint; // 0 marks an empty slot
        int slot = (int) (f ^ (f >>> 32)) & mask;
        return slots.getAndSet(slot, f) == f;
    }
}
