/**
 * Registrar SPI: the SRST registrar server plugs into the call core as a {@link org.voxgate.spi.registrar.Registrar}
 * (REGISTER handling and location of registered numbers), and keeps its bindings in a
 * {@link org.voxgate.spi.registrar.RegistrationStore} (Kamailio's registrar/usrloc split), which another bundle
 * provides so that either can be updated without losing bindings.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.registrar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
