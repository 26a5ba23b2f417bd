package org.voxgate.api.registration;

import org.osgi.dto.DTO;

/** One configured registrar ({@code sip-ua} / {@code registrar ipv4:A[:port] | dns:host[:port] ...}). */
public class RegistrarDTO extends DTO {
    /** {@link RegistrationStatus#PRIMARY} or {@link RegistrationStatus#SECONDARY}. */
    public String name;
    /** As configured, e.g. {@code ipv4:10.0.0.1:5060} or {@code dns:registrar.example.com}. */
    public String target;
    /** Address or DNS name. */
    public String host;
    /** Port, 0 when not configured (5060, or DNS SRV for a name). */
    public int port;
    /** {@code udp} or {@code tcp}. */
    public String transport;
    /** {@code true} for a {@code dns:} target. */
    public boolean dns;
    /** Registration time asked for, seconds ({@code expires N}). */
    public int expires;
    /** Lines registered with this registrar (or being registered). */
    public int lines;
    /** Lines whose registration is currently accepted. */
    public int linesRegistered;
    /** Successful REGISTER transactions (2xx) since start. */
    public long registrations;
    /** Failed registration attempts (error response, no response, transport error) since start. */
    public long failures;
}
