package org.voxgate.spi.media;

/**
 * One RTP packet as received (RFC 3550 §5.1; CSRCs, extension and padding stripped).
 *
 * @param sequence  16-bit sequence number as the sender wrote it
 * @param timestamp 32-bit timestamp as the sender wrote it
 * @param payload   a copy of the payload
 */
public record RtpFrame(int payloadType, boolean marker, int sequence, long timestamp, long ssrc, byte[] payload) {
}
