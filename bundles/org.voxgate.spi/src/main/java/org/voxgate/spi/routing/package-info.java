/**
 * Routing SPI: how the call core asks a router (the dial-peer bundle, or a vendor's) where a call goes.
 * The call core binds every {@link org.voxgate.spi.routing.Router} dynamically and uses the highest
 * ranked one; the records here are the only routing state it keeps per call, so a router bundle can be
 * updated while calls are up.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.routing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
