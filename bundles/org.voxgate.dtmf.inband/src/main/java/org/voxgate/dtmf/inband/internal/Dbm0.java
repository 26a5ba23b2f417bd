package org.voxgate.dtmf.inband.internal;

/**
 * Signal levels in dBm0 for 16-bit linear samples decoded from G.711.
 * <p>
 * Reference: the G.711 digital milliwatt. A sine at 0 dBm0 is 3.17 dB below the μ-law overload sine, whose peak is
 * the top decision value 8159 of the 14-bit μ-law scale; the relay's decoder shifts that scale left by 2, so 16-bit
 * full scale is 32636 and a 0 dBm0 sine has peak 32636 × 10^(−3.17/20) ≈ 22 657 (RMS ≈ 16 021). The μ-law
 * digital-milliwatt byte sequence (1E 0B 0B 1E 9E 8B 8B 9E) decodes to an RMS of 16 016 with these tables, within
 * 0.01 dB. A-law's overload sine is +3.14 dBm0 on a 13-bit scale of 4096 (×8 in 16 bits): its 0 dBm0 is 0.06 dB
 * louder in 16-bit terms, which this single reference ignores.
 */
final class Dbm0 {
    /** Peak of a 0 dBm0 sine in 16-bit linear samples. */
    static final double ZERO_DBM0_PEAK = 32636 * Math.pow(10, -3.17 / 20);
    /** Mean square of a 0 dBm0 sine. */
    static final double ZERO_DBM0_POWER = ZERO_DBM0_PEAK * ZERO_DBM0_PEAK / 2;

    private Dbm0() {}

    /** Peak amplitude of a sine at {@code dbm0}. */
    static double amplitude(double dbm0) {
        return ZERO_DBM0_PEAK * Math.pow(10, dbm0 / 20);
    }

    /** Mean square of a sine at {@code dbm0}. */
    static double power(double dbm0) {
        return ZERO_DBM0_POWER * Math.pow(10, dbm0 / 10);
    }

    /** Level of a signal with mean square {@code power}. */
    static double of(double power) {
        return power <= 0 ? Double.NEGATIVE_INFINITY : 10 * Math.log10(power / ZERO_DBM0_POWER);
    }
}
