package org.voxgate.dtmf.inband.internal;

/**
 * What the DTMF detector accepts.
 *
 * @param minLevelDbm0   weakest tone accepted, per tone
 * @param normalTwistDb  how far the column (high-group) tone may be above the row tone
 * @param reverseTwistDb how far the row (low-group) tone may be above the column tone
 * @param minToneMs      keys at least this long are always detected (shorter ones down to about half of it may be)
 * @param minPauseMs     silences at least this long always separate two keys; shorter drop-outs may be bridged
 */
record DetectorSettings(double minLevelDbm0, double normalTwistDb, double reverseTwistDb, int minToneMs,
        int minPauseMs) {
    static final DetectorSettings DEFAULTS = new DetectorSettings(-30, 8, 4, 40, 40);

    DetectorSettings {
        if (minToneMs < 1 || minPauseMs < 1 || normalTwistDb < 0 || reverseTwistDb < 0) {
            throw new IllegalArgumentException("durations must be positive and twists not negative");
        }
    }

    /**
     * Consecutive key blocks needed: the whole blocks any tone of {@code minToneMs} contains however it falls on the
     * block grid, and at least 2, which a burst of 20 ms never gives (see {@link GoertzelBank}).
     */
    int toneBlocks() {
        return Math.max(2, wholeBlocks(minToneMs));
    }

    /**
     * Blocks without the key that end it: the whole blocks of a {@code minPauseMs} silence plus one, because at
     * least one of the two blocks at its edges is too little covered by tone to count, and at least 3 so that a
     * drop-out within 2 blocks (about 17 ms) is bridged.
     */
    int pauseBlocks() {
        return Math.max(3, wholeBlocks(minPauseMs) + 1);
    }

    private static int wholeBlocks(int ms) {
        int samples = ms * DtmfTones.SAMPLE_RATE / 1000;
        return Math.max(0, (samples - (GoertzelBank.BLOCK - 1)) / GoertzelBank.BLOCK);
    }
}
