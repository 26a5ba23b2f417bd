package org.voxgate.dtmf.inband.internal;

import java.util.function.Consumer;

import org.voxgate.spi.dtmf.DtmfDigit;

/**
 * Finds key presses in 8 kHz 16-bit audio fed in chunks of any size, reporting each once when it ends, with its
 * measured duration. Blocks come from {@link GoertzelBank}; a key starts after {@link DetectorSettings#toneBlocks()}
 * consecutive blocks of it and ends after {@link DetectorSettings#pauseBlocks()} blocks without it (shorter
 * drop-outs are bridged and count into the duration). The duration is the key's blocks plus the parts of the blocks
 * at its two edges that the tone covered, estimated from their Goertzel power: a tone covering c of the N samples
 * gives (c/N)² of the power of a full block. Not thread-safe: one relay thread feeds it.
 */
final class DtmfDetector {
    private static final char NONE = GoertzelBank.NONE;

    private final GoertzelBank bank;
    private final Consumer<DtmfDigit> digits;
    private final int toneBlocks;
    private final int pauseBlocks;
    private final short[] block = new short[GoertzelBank.BLOCK];
    private int filled;
    private GoertzelBank.Block previous;

    /** Run of consecutive blocks of one key, not yet a key press. */
    private char candidate = NONE;
    private int candidateBlocks;
    private double candidatePower;
    private GoertzelBank.Block candidateLeadIn;

    /** The key press under way. */
    private char key = NONE;
    private int keyBlocks;
    private int keyHits;
    private double keyPower;
    private int misses;
    private GoertzelBank.Block leadIn;
    private GoertzelBank.Block leadOut;

    DtmfDetector(DetectorSettings settings, Consumer<DtmfDigit> digits) {
        this.bank = new GoertzelBank(settings);
        this.digits = digits;
        this.toneBlocks = settings.toneBlocks();
        this.pauseBlocks = settings.pauseBlocks();
    }

    /**
     * @return true when tone was present in this chunk: a block completed in it looked like a key, or a key press
     *         (or a candidate run) is under way at its end. The caller mutes such audio so that a key relayed out of
     *         band is not also heard in-band on the other leg (at most the first 20 ms of a key get through).
     */
    boolean feed(short[] samples, int count) {
        boolean tone = key != NONE || candidate != NONE;
        for (int i = 0; i < count; i++) {
            block[filled++] = samples[i];
            if (filled == block.length) {
                filled = 0;
                next(bank.analyze(block));
                tone |= key != NONE || candidate != NONE;
            }
        }
        return tone;
    }

    private void next(GoertzelBank.Block b) {
        char k = b.key();
        if (k != NONE && k == candidate) {
            candidateBlocks++;
            candidatePower += b.keyPower(k);
        } else {
            candidate = k;
            candidateBlocks = k == NONE ? 0 : 1;
            candidatePower = k == NONE ? 0 : b.keyPower(k);
            candidateLeadIn = previous;
        }
        if (key != NONE) {
            if (k == key) {
                keyBlocks += misses + 1; // a bridged drop-out is part of the key press
                keyHits++;
                keyPower += b.keyPower(k);
                misses = 0;
                leadOut = null;
            } else if (++misses == 1) {
                leadOut = b;
            }
            if (misses >= pauseBlocks) {
                end();
            }
        }
        if (key == NONE && candidate != NONE && candidateBlocks >= toneBlocks) {
            key = candidate;
            keyBlocks = candidateBlocks;
            keyHits = candidateBlocks;
            keyPower = candidatePower;
            misses = 0;
            leadIn = candidateLeadIn;
            leadOut = null;
        }
        previous = b;
    }

    private void end() {
        double full = keyPower / keyHits;
        double samples = keyBlocks * (double) GoertzelBank.BLOCK + covered(leadIn, full) + covered(leadOut, full);
        int ms = (int) Math.round(samples * 1000 / DtmfTones.SAMPLE_RATE);
        digits.accept(new DtmfDigit(key, Math.max(1, ms)));
        key = NONE;
        misses = 0;
    }

    /** Samples of an edge block that the key's tones covered. */
    private double covered(GoertzelBank.Block edge, double fullPower) {
        if (edge == null || fullPower <= 0) {
            return 0;
        }
        return GoertzelBank.BLOCK * Math.sqrt(Math.min(1, edge.keyPower(key) / fullPower));
    }
}
