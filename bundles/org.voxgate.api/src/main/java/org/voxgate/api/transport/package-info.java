/** Read-only view of the SIP transports (listening points) a gateway has open. */
@Version("1.0.0")
@Export
package org.voxgate.api.transport;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
