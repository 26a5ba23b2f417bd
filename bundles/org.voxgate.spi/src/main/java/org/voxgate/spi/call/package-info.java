/**
 * Call SPI: hooks that plug-ins (hairpin/redirect policy, vendor features) register to influence calls.
 * The call core binds every {@link org.voxgate.spi.call.CallInterceptor} dynamically and calls them in
 * service-ranking order; a plug-in that goes away simply stops being asked.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.call;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
