package org.voxgate.spi.media;

import org.osgi.dto.DTO;

/**
 * Counters of one relayed stream on one leg, for show commands ({@code show sip-ua calls},
 * {@code show call active voice}). "In" is what the leg's peer sent us, "out" what we sent it. Bytes are RTP
 * payload octets (as RTCP counts them).
 */
public class MediaStats extends DTO {
    /** Index of the {@code m=} line (0-based). */
    public int stream;
    /** {@code audio}, {@code video}, ... */
    public String mediaType;
    /** Our address in the SDP sent to this leg, and our RTP port for it (RTCP is the next port). */
    public String localAddress;
    public int localPort;
    /** Where RTP to this leg goes: the latched source once a packet arrived, else the address in its SDP. */
    public String remoteAddress;
    public int remotePort;
    /** True once the peer's packets arrived and we send to their source (symmetric latching). */
    public boolean latched;
    /** {@code sendrecv}, {@code sendonly}, {@code recvonly} or {@code inactive}, as this leg's SDP said. */
    public String direction;
    public long packetsIn;
    public long bytesIn;
    public long packetsOut;
    public long bytesOut;
    /** Packets from this leg not relayed: paused by direction, suppressed by a tap, or not RTP. */
    public long packetsDropped;
    /** Packets injected towards this leg. */
    public long packetsInjected;
    public long rtcpIn;
    public long rtcpOut;
    /** Wall-clock milliseconds of the last RTP packet from this leg's peer; 0 = none yet. */
    public long lastPacketTime;
    /** Payload type of the last RTP packet from this leg; -1 = none yet. */
    public int payloadType = -1;
    /** IOS codec name of that payload type when known ({@code g711ulaw}, {@code g711alaw}, {@code g729r8}, ...). */
    public String codec;
    /** Payload octets of the last packet (IOS shows {@code g711ulaw (160 bytes)}). */
    public int payloadBytes;
    /** Payload type this leg's SDP maps to telephone-event; -1 = none. */
    public int telephoneEventPayloadType = -1;
}
