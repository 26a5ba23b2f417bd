package org.voxgate.api.dialplan;

import java.util.List;

import org.osgi.dto.DTO;

/** The answer to {@code show dialplan number DIGITS}. */
public class DialplanExplanationDTO extends DTO {
    public String number;
    /** Every configured peer with a destination pattern, in tag order. */
    public List<CandidateDTO> candidates;
    /** Tags in the order the call would try them (after huntstop truncation). */
    public List<Integer> huntOrder;

    /** One peer considered. */
    public static class CandidateDTO extends DTO {
        public int tag;
        public String type;
        public String destinationPattern;
        public boolean matched;
        /** Explicit (non-wildcard) digits matched; the "longest match" measure. */
        public int matchedDigits;
        /** Characters of the number the pattern consumed. */
        public int matchLength;
        public int preference;
        public boolean huntstop;
        /** "up", or "down (" + reason + ")". */
        public String state;
        /** 1-based position in the hunt order; 0 when not in it. */
        public int huntPosition;
        public String sessionTarget;
    }
}
