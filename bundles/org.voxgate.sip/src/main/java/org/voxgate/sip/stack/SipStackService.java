package org.voxgate.sip.stack;

import java.util.List;

import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;

import org.osgi.annotation.versioning.ProviderType;

/** The one SIP stack of the gateway. */
@ProviderType
public interface SipStackService {

    AddressFactory addressFactory();

    HeaderFactory headerFactory();

    MessageFactory messageFactory();

    /**
     * A provider that sends over the given transport, or {@code null} when no listening point of
     * that transport is open.
     *
     * @param transport {@code udp} or {@code tcp}, case-insensitive
     */
    SipProvider provider(String transport);

    /** All providers, one per open listening point. */
    List<SipProvider> providers();
}
