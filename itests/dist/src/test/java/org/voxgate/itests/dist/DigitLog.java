package org.voxgate.itests.dist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The digits one {@link DtmfUa} observed, in arrival order, whatever the method; waits are bounded. */
final class DigitLog {
    private final List<DtmfDigit> digits = new ArrayList<>();

    synchronized void add(DtmfDigit digit) {
        digits.add(digit);
        notifyAll();
    }

    synchronized List<DtmfDigit> snapshot() {
        return List.copyOf(digits);
    }

    synchronized void clear() {
        digits.clear();
    }

    /**
     * Waits until at least {@code n} digits were observed or the timeout passes, whichever comes first,
     * and returns what was observed by then (the caller asserts on it).
     */
    synchronized List<DtmfDigit> await(int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (digits.size() < n) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                break;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ArrayList<>(digits);
    }
}
