/** Read-only view of the SIP user agent settings (the IOS {@code sip-ua} mode). */
@Version("1.1.0")
@Export
package org.voxgate.api.sipua;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
