package org.voxgate.dtmf.inband.internal;

import java.util.ArrayDeque;
import java.util.Queue;

import org.voxgate.spi.dtmf.DtmfDigit;

/**
 * The audio of the keys queued for one leg, handed out sample by sample to whichever path carries it (see
 * {@link InbandSession}): each key's two tones for its duration (at least the configured minimum), then silence for
 * the gap, then the next key. The sines run on from sample to sample, so frames join without clicks whatever
 * sizes they are cut in. Thread-safe.
 */
final class ToneTrack {
    private final GeneratorSettings settings;
    private final Queue<DtmfDigit> queue = new ArrayDeque<>();
    /** Samples left of the current key's tone, then of its gap. */
    private int toneLeft;
    private int gapLeft;
    private double rowStep;
    private double columnStep;
    private double rowPhase;
    private double columnPhase;

    ToneTrack(GeneratorSettings settings) {
        this.settings = settings;
    }

    synchronized void add(DtmfDigit digit) {
        queue.add(digit);
    }

    /** True while a key or its gap has samples left, or keys wait. */
    synchronized boolean active() {
        return toneLeft > 0 || gapLeft > 0 || !queue.isEmpty();
    }

    /** Drops everything queued and under way. */
    synchronized void clear() {
        queue.clear();
        toneLeft = 0;
        gapLeft = 0;
    }

    /**
     * Writes the next {@code count} samples; after the last key's gap the rest is silence.
     *
     * @return false when the track had nothing to play (nothing written)
     */
    synchronized boolean fill(short[] samples, int count) {
        if (!active()) {
            return false;
        }
        double rowAmplitude = Dbm0.amplitude(settings.rowLevelDbm0());
        double columnAmplitude = Dbm0.amplitude(settings.columnLevelDbm0());
        for (int i = 0; i < count; i++) {
            if (toneLeft == 0 && gapLeft == 0) {
                startNext();
            }
            if (toneLeft > 0) {
                samples[i] = (short) Math.round(rowAmplitude * Math.sin(rowPhase)
                        + columnAmplitude * Math.sin(columnPhase));
                rowPhase = (rowPhase + rowStep) % (2 * Math.PI);
                columnPhase = (columnPhase + columnStep) % (2 * Math.PI);
                toneLeft--;
            } else {
                samples[i] = 0;
                if (gapLeft > 0) {
                    gapLeft--;
                }
            }
        }
        return true;
    }

    private void startNext() {
        DtmfDigit d = queue.poll();
        if (d == null) {
            return;
        }
        int ms = Math.max(d.durationMs(), settings.minToneMs());
        toneLeft = ms * DtmfTones.SAMPLE_RATE / 1000;
        gapLeft = settings.gapMs() * DtmfTones.SAMPLE_RATE / 1000;
        rowStep = 2 * Math.PI * DtmfTones.ROWS[DtmfTones.row(d.key())] / DtmfTones.SAMPLE_RATE;
        columnStep = 2 * Math.PI * DtmfTones.COLUMNS[DtmfTones.column(d.key())] / DtmfTones.SAMPLE_RATE;
        rowPhase = 0;
        columnPhase = 0;
    }
}
