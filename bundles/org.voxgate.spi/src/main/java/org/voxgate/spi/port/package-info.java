/**
 * POTS port SPI: analog lines (FXS/FXO) behind POTS dial peers. A port bundle (the simulator, or a vendor's
 * hardware driver) registers one {@link org.voxgate.spi.port.Port} service per line; the call core rings them
 * for calls routed to a POTS dial peer, and ports place calls through {@link org.voxgate.spi.port.PortCallOrigination}.
 * Audio is plain RTP: each side describes its media with an SDP body.
 */
@Version("1.0.0")
@Export
package org.voxgate.spi.port;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
