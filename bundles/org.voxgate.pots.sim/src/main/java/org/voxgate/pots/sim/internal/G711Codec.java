package org.voxgate.pots.sim.internal;

import java.util.Locale;
import java.util.Optional;

/** The two audio codecs a simulated phone speaks, with their RFC 3551 static payload types. */
enum G711Codec {
    PCMU(0, "PCMU"),
    PCMA(8, "PCMA");

    /** RTP clock rate of both (samples per second). */
    static final int CLOCK_RATE = 8000;

    private final int staticPayloadType;
    private final String encodingName;

    G711Codec(int staticPayloadType, String encodingName) {
        this.staticPayloadType = staticPayloadType;
        this.encodingName = encodingName;
    }

    int staticPayloadType() {
        return staticPayloadType;
    }

    /** As in {@code a=rtpmap:PT NAME/8000}. */
    String encodingName() {
        return encodingName;
    }

    byte encode(short sample) {
        return this == PCMU ? G711.linearToUlaw(sample) : G711.linearToAlaw(sample);
    }

    short decode(byte encoded) {
        return this == PCMU ? G711.ulawToLinear(encoded) : G711.alawToLinear(encoded);
    }

    /** Encodes {@code samples} into {@code out} (same length). */
    void encode(short[] samples, byte[] out) {
        for (int i = 0; i < samples.length; i++) {
            out[i] = encode(samples[i]);
        }
    }

    static Optional<G711Codec> byStaticPayloadType(int payloadType) {
        for (G711Codec c : values()) {
            if (c.staticPayloadType == payloadType) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** By {@code a=rtpmap} encoding name (case-insensitive). */
    static Optional<G711Codec> byEncodingName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (G711Codec c : values()) {
            if (c.encodingName.equals(upper)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
