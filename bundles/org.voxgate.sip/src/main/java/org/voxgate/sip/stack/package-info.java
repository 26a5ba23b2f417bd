/**
 * The SIP stack as a service (state tier). One JAIN-SIP stack per gateway; its factories and
 * providers are shared by the call core and the plug-ins. The stack outlives every strategy bundle:
 * listening points come and go through {@link org.voxgate.spi.transport.ListeningPointService}.
 */
@Version("1.5.0")
@Export
package org.voxgate.sip.stack;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
