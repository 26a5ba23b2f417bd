package org.voxgate.pots.sim.internal;

/**
 * What every simulated line reads when a call starts (a change applies from the next call on).
 *
 * @param autoAnswerMs delay from ringing to off-hook; -1 = never answer by itself
 * @param toneHz       frequency of the tone the phone plays while connected; 0 = silence
 * @param rtpAddress   local address of the RTP sockets, also written into SDP
 * @param rtpPortBase  RTP port of line 0; line N uses {@code base + 2N} (RTP) and {@code base + 2N + 1} (RTCP)
 */
record LineSettings(int autoAnswerMs, int toneHz, String rtpAddress, int rtpPortBase) {
    LineSettings {
        if (autoAnswerMs < -1) {
            throw new IllegalArgumentException("auto.answer.ms must be -1 (never) or >= 0, was " + autoAnswerMs);
        }
        if (toneHz < 0 || toneHz >= G711Codec.CLOCK_RATE / 2) {
            throw new IllegalArgumentException("answer.tone.hz must be 0..3999, was " + toneHz);
        }
        if (rtpAddress == null || rtpAddress.isBlank()) {
            throw new IllegalArgumentException("rtp.address must be set");
        }
        if (rtpPortBase < 1 || rtpPortBase > 65534) {
            throw new IllegalArgumentException("rtp.port.base must be 1..65534, was " + rtpPortBase);
        }
        rtpAddress = rtpAddress.strip();
    }

    /** RTP port of line {@code line} (0-based). */
    int rtpPort(int line) {
        return rtpPortBase + 2 * line;
    }
}
