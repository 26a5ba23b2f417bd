package org.voxgate.spi.call;

import java.util.List;

/**
 * Answer the caller with a 3xx instead of bridging.
 *
 * @param status   300-399 (302 Moved Temporarily for one contact, 300 Multiple Choices for several)
 * @param contacts SIP URIs for the Contact header, in the order to list them (e.g. "sip:6001@127.0.0.2:5060;transport=tcp")
 */
public record Redirect(int status, List<String> contacts) {

    public Redirect {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("not a 3xx status: " + status);
        }
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("a redirect needs at least one contact");
        }
        contacts = List.copyOf(contacts);
    }
}
