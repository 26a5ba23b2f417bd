package org.voxgate.dtmf.inband.internal;

/**
 * How keys are played as tones.
 *
 * @param rowLevelDbm0    level of the low-group tone
 * @param columnLevelDbm0 level of the high-group tone
 * @param minToneMs       shortest key played (shorter keys are lengthened so every detector takes them)
 * @param gapMs           silence after each key before the next
 */
record GeneratorSettings(double rowLevelDbm0, double columnLevelDbm0, int minToneMs, int gapMs) {
    static final GeneratorSettings DEFAULTS = new GeneratorSettings(-10, -8, 50, 50);

    GeneratorSettings {
        if (rowLevelDbm0 > 3 || columnLevelDbm0 > 3 || minToneMs < 1 || gapMs < 1) {
            throw new IllegalArgumentException("levels at most +3 dBm0 (the G.711 overload), durations positive");
        }
    }
}
