package org.voxgate.dialpeer.internal.select;

/** Which inbound match statement selected the peer, in the order IOS tries them (semantics.md §1.3). */
public enum InboundCriterion {
    /** {@code incoming called-number} against the called number (DNIS). */
    INCOMING_CALLED_NUMBER("incoming called-number"),
    /** {@code answer-address} against the calling number (ANI). */
    ANSWER_ADDRESS("answer-address"),
    /** {@code destination-pattern} against the calling number (ANI). */
    DESTINATION_PATTERN("destination-pattern"),
    /** Nothing matched: the call uses the built-in dial-peer 0. */
    DEFAULT_PEER("dial-peer 0");

    private final String command;

    InboundCriterion(String command) {
        this.command = command;
    }

    /** The IOS command name, for logs and show output. */
    public String command() {
        return command;
    }
}
