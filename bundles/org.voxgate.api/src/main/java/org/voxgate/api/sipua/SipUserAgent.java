package org.voxgate.api.sipua;

import org.osgi.annotation.versioning.ProviderType;

/** Registered by the call core: the SIP user agent settings in force. */
@ProviderType
public interface SipUserAgent {
    SipUaSettingsDTO settings();
}
