package org.voxgate.dialpeer.internal.select;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;

import org.voxgate.dialpeer.internal.pattern.DigitPattern;

/**
 * The facts about one dial peer that selection needs, decoupled from its configuration component so the
 * selection rules can be tested without OSGi.
 *
 * @param tag                  the dial-peer tag ({@code dial-peer voice 3401 voip} has tag "3401")
 * @param destinationPattern   {@code destination-pattern}, or null
 * @param incomingCalledNumber {@code incoming called-number}, or null
 * @param answerAddress        {@code answer-address}, or null
 * @param preference           {@code preference} 0-10, 0 is best (IOS default 0)
 * @param huntstop             {@code huntstop}: stop hunting after this peer
 * @param adminUp              false after {@code shutdown}
 * @param hasSessionTarget     a {@code session target} is configured (only meaningful for voip)
 * @param kind                 {@link #VOIP} or {@link #POTS}
 */
public record PeerCandidate(String tag, DigitPattern destinationPattern, DigitPattern incomingCalledNumber,
        DigitPattern answerAddress, int preference, boolean huntstop, boolean adminUp, boolean hasSessionTarget,
        String kind) {

    public static final String VOIP = "voip";
    public static final String POTS = "pots";
    public static final int MIN_PREFERENCE = 0;
    public static final int MAX_PREFERENCE = 10;

    /**
     * Tags in IOS are numbers, so order them numerically ("9" before "10"); a non-numeric tag (possible through
     * hand-written config) sorts after all numeric ones, alphabetically.
     */
    public static final Comparator<String> TAG_ORDER = PeerCandidate::compareTags;

    public PeerCandidate {
        Objects.requireNonNull(tag, "tag");
        if (tag.isBlank()) {
            throw new IllegalArgumentException("dial-peer tag is blank");
        }
        if (preference < MIN_PREFERENCE || preference > MAX_PREFERENCE) {
            throw new IllegalArgumentException("dial-peer " + tag + ": preference " + preference
                    + " outside " + MIN_PREFERENCE + "-" + MAX_PREFERENCE);
        }
        if (!VOIP.equals(kind) && !POTS.equals(kind)) {
            throw new IllegalArgumentException("dial-peer " + tag + ": kind must be voip or pots, was " + kind);
        }
    }

    public boolean isVoip() {
        return VOIP.equals(kind);
    }

    private static int compareTags(String a, String b) {
        boolean numericA = isNumeric(a);
        boolean numericB = isNumeric(b);
        if (numericA && numericB) {
            int c = new BigInteger(a).compareTo(new BigInteger(b));
            return c != 0 ? c : a.compareTo(b);
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumeric(String tag) {
        return !tag.isEmpty() && tag.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
