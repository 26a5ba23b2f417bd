/**
 * Transport SPI: what the SIP stack offers to transport plug-ins. A transport bundle (UDP/TCP
 * from configuration, or a vendor's) asks the stack for listening points and closes them again;
 * the stack, and with it every transaction and call, stays up while transport plug-ins come and go.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.transport;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
